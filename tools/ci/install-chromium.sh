#!/usr/bin/env bash
# Installs Debian's chromium for the dashboard's Playwright tests (they launch /usr/bin/chromium;
# Playwright's own browser download is never used). Idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version >&2 || true
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
/usr/bin/chromium --version >&2
