#!/usr/bin/env bash
# `npm test`: make sure of what the suites need (tools/test-prereqs.sh), then run every check CI runs, in order, and
# close with one `tests: N passed, N failed, N skipped` line. Suites left out on purpose (PATCHBAY_TEST_SKIP) are named
# in that summary; nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON="${NX_DAEMON:-false}" NX_NO_CLOUD=true NX_TUI=false
# shellcheck source=tools/test-prereqs.sh
source tools/test-prereqs.sh
cleanup() {
  if [ -n "${PATCHBAY_TEST_DB_NAME:-}" ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $PATCHBAY_TEST_DB_NAME WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
[ -n "${PATCHBAY_TEST_REDIS_URL:-}" ] && export REDIS_URL="$PATCHBAY_TEST_REDIS_URL"
skipping() { [[ ",${PATCHBAY_TEST_SKIPPED:-}," == *",$1,"* ]]; }
skip_note() { mkdir -p tmp/test-results && echo "$1" >"tmp/test-results/skipped-$2.txt"; echo "SKIPPED on purpose: $1"; }

node tools/test-summary.mjs --reset
npm run lint
npm run format:check
npm run typecheck
npm run validate:specs
npm run check:generated
npm run test:unit
# tools/generate is not an Nx project: its API-types generator spec runs on its own.
npx jest -c tools/generate/api-types.jest.config.ts
if skipping redis; then
  skip_note "replica cache tests (cache-bus.api-spec) — PATCHBAY_TEST_SKIP=redis" redis
  api_args=(--testPathIgnorePatterns cache-bus)
else
  api_args=()
fi
# The API suites on SQLite and on PostgreSQL run side by side, and the browser tests follow the SQLite suite while the
# longer PostgreSQL one finishes (PATCHBAY_TEST_SERIAL=1: all one after the other). Each suite is one jest process in
# band that spends much of its time waiting (child processes starting, the database, timers), so together they take
# about two thirds of their sum on two cores. They share nothing but the PostgreSQL and Redis servers: each test app
# has its own database and its own Redis prefix (queue keys, login limits, cache channel). Lines are prefixed with
# the suite's name.
prefixed() {
  local name=$1
  shift
  set -o pipefail
  "$@" 2>&1 | sed -u "s/^/[$name] /"
}
api_suite() { prefixed "api-$1" npx nx run "api:test-api-$1" --output-style=static ${api_args[@]+"${api_args[@]}"}; }
browser_suite() {
  if skipping browser; then
    skip_note "browser tests (apps/dashboard-e2e) — PATCHBAY_TEST_SKIP=browser" browser
  else
    prefixed e2e npm run test:e2e
  fi
}
postgres_suite() {
  if skipping postgres; then
    skip_note "API tests on PostgreSQL — PATCHBAY_TEST_SKIP=postgres" postgres
  else
    api_suite postgres
  fi
}
if [ -n "${PATCHBAY_TEST_SERIAL:-}" ]; then
  api_suite sqlite
  postgres_suite
  browser_suite
else
  (api_suite sqlite && browser_suite) &
  first=$!
  postgres_suite &
  second=$!
  failed=0
  wait "$first" || { echo "API tests on SQLite or the browser tests failed" >&2; failed=1; }
  wait "$second" || { echo "API tests on PostgreSQL failed" >&2; failed=1; }
  [ "$failed" = 0 ] || exit 1
fi
node tools/test-summary.mjs
