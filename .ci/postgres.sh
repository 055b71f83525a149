#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when it is absent, starts a cluster on localhost:5432, and creates the
# database and user of the database example (examples/.../database): idempotent, so .ci/run and developers can run
# it again and again. Settings: COVEO_EXAMPLES_DB_NAME, COVEO_EXAMPLES_DB_USER, COVEO_EXAMPLES_DB_PASSWORD.
set -euo pipefail
db="${COVEO_EXAMPLES_DB_NAME:-coveo_examples}"
user="${COVEO_EXAMPLES_DB_USER:-coveo}"
password="${COVEO_EXAMPLES_DB_PASSWORD:-coveo}"

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -qtAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$user'\"")" != "1" ]; then
  psql_admin "-c \"CREATE ROLE $user LOGIN PASSWORD '$password'\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"")" != "1" ]; then
  psql_admin "-c \"CREATE DATABASE $db OWNER $user\""
fi
echo "postgres.sh: PostgreSQL $version on localhost:5432, database $db, user $user"
