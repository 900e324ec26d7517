#!/usr/bin/env bash
# Installs Debian's WordNet 3.0 database (wordnet-base, /usr/share/wordnet): 'train tagger' reads it for the words'
# possible classes, and a tagger test trains with it. Idempotent.
set -euo pipefail
if [ -f /usr/share/wordnet/index.noun ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends wordnet-base >&2
test -f /usr/share/wordnet/index.noun
