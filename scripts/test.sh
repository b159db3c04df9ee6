#!/usr/bin/env bash
# `npm test`: types, lint, unit and integration tests (Vitest), then browser tests (Playwright) against the
# production build. Integration tests use in-memory PGlite, or Postgres when TEST_DATABASE_URL is set.
# Reports go to $RESULTS_DIR (default test-results/); the last line is `test: N passed, N failed`.
#
# Most checks are single-threaded, so lines of work run side by side: the integration tests, which run one file at a
# time on one database; the build, then the browser tests, which need only the build; and types, lint and unit tests.
# Each line's output is kept in a log and printed when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."
results="${RESULTS_DIR:-test-results}"
export RESULTS_DIR="$results"
mkdir -p "$results"
rm -f "$results"/vitest*.json "$results/e2e.json" "$results/server.log" "$results/logs.json" "$results"/*.log
status=0
began=$(date +%s)
step() { echo "== [$(( $(date +%s) - began ))s] $*"; }

# Types, lint and unit tests, one after another; fails if any of them failed.
checks() {
  local failed=0
  step "types"; npx tsc --noEmit || failed=1
  step "lint"; npm run --silent lint || failed=1
  step "unit tests"
  npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/vitest-unit.json" || failed=1
  step "types, lint and unit tests done"
  return $failed
}
integration() {
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/vitest-integration.json"
  local code=$?
  step "integration tests done"
  return $code
}
browser() {
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
  local code=$?
  step "browser tests done"
  return $code
}

step "side by side: the build, then the browser tests | types, lint and unit tests | integration tests"
integration > "$results/integration.log" 2>&1 & integration_pid=$!
# The browser tests' build (with their seeding route, next.config.js), so that their server need not build again.
step "build"
if FACTDESK_E2E_BUILD=1 node scripts/start.mjs --build-only > "$results/build.log" 2>&1; then
  browser > "$results/browser.log" 2>&1 & browser_pid=$!
else
  status=1
  browser_pid=""
fi
cat "$results/build.log"
checks > "$results/checks.log" 2>&1 || status=1
cat "$results/checks.log"
if [ -n "$browser_pid" ]; then
  wait "$browser_pid" || status=1
fi
cat "$results/browser.log" 2>/dev/null
wait "$integration_pid" || status=1
cat "$results/integration.log"
step "no secrets in the server's log"
node scripts/check-logs.mjs "$results/server.log" data/e2e/auth-secret || status=1

node scripts/test-summary.mjs test "$results/vitest-unit.json" "$results/vitest-integration.json" "$results/e2e.json" "$results/logs.json" || status=1
exit $status
