#!/usr/bin/env bash
# What the test suites need besides Node and npm, in one place (sourced by tools/test.sh, so `npm test` and CI share it):
#   Debian `chromium`          browser tests (apps/dashboard-e2e)
#   PostgreSQL 127.0.0.1:5432  API tests on PostgreSQL (a fresh database per run)
#   Redis 127.0.0.1:6379       cache invalidation between replicas (API tests)
# As root, what is missing is installed (Debian packages) or started. Without root, it stops at once with one line per
# missing thing saying how to get it. To run without one of them on purpose, name it in PATCHBAY_TEST_SKIP
# (comma-separated: browser, postgres, redis); the suites that need it are then not run and the closing summary says so.
# Exports: PATCHBAY_TEST_PG_URL (the run's own database), PATCHBAY_TEST_REDIS_URL, PATCHBAY_TEST_SKIPPED.
# PATCHBAY_PREREQS_INSTALL_ONLY=1: install and start what is missing, create no database (CI does this during npm ci).

prereq_start=$(date +%s)
prereq_log() { echo "[test-prereqs $(($(date +%s) - prereq_start))s] $*"; }
is_root() { [ "$(id -u)" = 0 ]; }
skipping() { [[ ",${PATCHBAY_TEST_SKIP:-}," == *",$1,"* ]]; }
apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
missing=()
PATCHBAY_TEST_SKIPPED=""

# --- Chromium (Debian package; never a browser download) ---------------------------------------------
if skipping browser; then
  PATCHBAY_TEST_SKIPPED+="browser,"
elif ! command -v chromium >/dev/null 2>&1; then
  if is_root; then
    prereq_log "installing chromium (Debian package)"
    apt_install chromium
  else
    missing+=("Chromium is not installed: run 'sudo apt-get install chromium', or set PATCHBAY_TEST_SKIP=browser to leave out the browser tests (apps/dashboard-e2e).")
  fi
fi

# --- PostgreSQL on 127.0.0.1:5432 -------------------------------------------------------------------------
pg_ready() { psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; }
if skipping postgres; then
  PATCHBAY_TEST_SKIPPED+="postgres,"
elif ! pg_ready; then
  if is_root; then
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
      prereq_log "installing postgresql (Debian package)"
      apt_install postgresql
    fi
    prereq_log "starting postgresql"
    cluster=$(ls /etc/postgresql | sort -V | tail -1)
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start >/dev/null 2>&1 || true
    # A fresh Debian cluster only trusts local socket users; the tests connect over TCP as postgres without a password.
    if ! pg_ready; then
      hba="/etc/postgresql/$cluster/main/pg_hba.conf"
      if [ -f "$hba" ] && ! grep -q "patchbay-tests" "$hba"; then
        sed -i '1i host all postgres 127.0.0.1/32 trust # patchbay-tests: local test runs only' "$hba"
        pg_ctlcluster --skip-systemctl-redirect "$cluster" main reload >/dev/null 2>&1 || true
      fi
    fi
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    pg_ready || missing+=("PostgreSQL did not come up on 127.0.0.1:5432 (user postgres without a password): check 'pg_lsclusters'.")
  else
    missing+=("PostgreSQL is not reachable on 127.0.0.1:5432 as user postgres: install and start it (sudo apt-get install postgresql; sudo pg_ctlcluster <version> main start), or set PATCHBAY_TEST_SKIP=postgres to leave out the API tests on PostgreSQL.")
  fi
fi

# --- Redis on 6379 ------------------------------------------------------------------------------------------
redis_ready() { (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; }
if skipping redis; then
  PATCHBAY_TEST_SKIPPED+="redis,"
elif ! redis_ready; then
  if is_root; then
    if ! command -v redis-server >/dev/null 2>&1; then
      prereq_log "installing redis (Debian package)"
      apt_install redis-server
    fi
    prereq_log "starting redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    for _ in $(seq 1 20); do redis_ready && break; sleep 0.5; done
    redis_ready || missing+=("Redis did not come up on 127.0.0.1:6379.")
  else
    missing+=("Redis is not reachable on 127.0.0.1:6379: run 'sudo apt-get install redis-server' (it starts itself), or set PATCHBAY_TEST_SKIP=redis to leave out the replica cache tests.")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do echo "npm test needs: $m" >&2; done
  exit 2
fi

# --- A fresh PostgreSQL database for this run, dropped at the end ---------------------------------------------
# (not when only installing ahead of time: PATCHBAY_PREREQS_INSTALL_ONLY=1, see .ci/run)
if ! skipping postgres && [ -z "${PATCHBAY_PREREQS_INSTALL_ONLY:-}" ]; then
  PATCHBAY_TEST_DB_NAME="patchbay_test_$(date +%s)_$$"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $PATCHBAY_TEST_DB_NAME" >/dev/null
  export PATCHBAY_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/$PATCHBAY_TEST_DB_NAME"
  export PATCHBAY_TEST_DB_NAME
  prereq_log "postgresql ready (run database $PATCHBAY_TEST_DB_NAME)"
fi
if ! skipping redis; then export PATCHBAY_TEST_REDIS_URL="redis://127.0.0.1:6379"; fi
export PATCHBAY_TEST_SKIPPED="${PATCHBAY_TEST_SKIPPED%,}"
