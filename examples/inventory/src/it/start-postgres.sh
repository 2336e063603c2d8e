#!/usr/bin/env bash
# Gives the inventory example's tests a PostgreSQL server on 127.0.0.1:5432, with a database and
# user "inventory_test" (password "inventory_test"), then prints the variable the tests read.
#
# Idempotent: when something already listens on 127.0.0.1:5432 it only makes sure the database and
# user exist. Otherwise it installs Debian's postgresql package when missing (needs root and
# Debian's package registry), creates or starts its cluster on the loopback interface, and waits
# for it. Without root or packages it says so and exits 0: the PostgreSQL tests are then skipped.
#
#   eval "$(bash examples/inventory/src/it/start-postgres.sh | grep '^export ')"
set -euo pipefail

DB=inventory_test
ROLE=inventory_test
PASSWORD=inventory_test
URL="jdbc:postgresql://127.0.0.1:5432/${DB}?user=${ROLE}&password=${PASSWORD}"

listening() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
say() { echo "start-postgres.sh: $*" >&2; }

if ! listening; then
  if [ "$(id -u)" -ne 0 ]; then
    say "nothing listens on 127.0.0.1:5432 and this is not root: not installing PostgreSQL (its tests will be skipped)"
    exit 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    say "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # policy-rc.d 101: the package must not try to start services itself (no init system here).
    OWN_POLICY=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      OWN_POLICY=yes
    fi
    apt-get install -y -qq postgresql >/dev/null
    if [ "${OWN_POLICY}" = yes ]; then rm -f /usr/sbin/policy-rc.d; fi
  fi
  VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "${VERSION} main"; then
    pg_createcluster --port 5432 "${VERSION}" main >/dev/null
  fi
  # Loopback only, port 5432, whatever the cluster's own configuration says (read last: conf.d).
  CONF_D="/etc/postgresql/${VERSION}/main/conf.d"
  mkdir -p "${CONF_D}"
  printf "listen_addresses = '127.0.0.1'\nport = 5432\n" > "${CONF_D}/zz-inventory-tests.conf"
  pg_ctlcluster "${VERSION}" main start || true
  for _ in $(seq 1 60); do
    listening && break
    sleep 0.5
  done
  listening || { say "PostgreSQL did not start; see /var/log/postgresql"; exit 1; }
  say "PostgreSQL ${VERSION} listening on 127.0.0.1:5432"
fi

# The database and user of the tests (through the local socket, as the postgres superuser).
if id postgres >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  psql_as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
  if psql_as_postgres -c 'SELECT 1' >/dev/null 2>&1; then
    if [ "$(psql_as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'")" != "1" ]; then
      psql_as_postgres -c "CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'"
    fi
    if [ "$(psql_as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" != "1" ]; then
      psql_as_postgres -c "CREATE DATABASE ${DB} OWNER ${ROLE}"
    fi
  else
    say "cannot reach the server as the postgres user: make sure ${DB}/${ROLE} exist"
  fi
else
  say "a server listens, but not one this script manages: make sure ${DB}/${ROLE} exist"
fi

echo "export INVENTORY_TEST_PG_URL='${URL}'"
