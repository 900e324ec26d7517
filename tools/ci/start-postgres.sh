#!/usr/bin/env bash
# Installs (Debian's postgresql), starts a local PostgreSQL server and creates the test database/user.
# Prints the connection string the tests read: export SITREP_TEST_PG=...
# Idempotent: safe to run again. Needs root (CI runs as root).
set -euo pipefail
DB_USER=${SITREP_PG_USER:-sitrep}
DB_PASS=${SITREP_PG_PASSWORD:-sitrep}
DB_NAME=${SITREP_PG_DB:-sitrep_test}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$VERSION main$"; then
  pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')

for _ in $(seq 1 30); do
  if su postgres -c "psql -p $PORT -tAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -q" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS' CREATEDB;
  END IF;
END \$\$;
SQL
if ! su postgres -c "psql -p $PORT -tAc \"select 1 from pg_database where datname='$DB_NAME'\"" | grep -q 1; then
  su postgres -c "createdb -p $PORT -O $DB_USER $DB_NAME" >&2
fi

echo "export SITREP_TEST_PG='Host=127.0.0.1;Port=$PORT;Username=$DB_USER;Password=$DB_PASS;Database=$DB_NAME'"
