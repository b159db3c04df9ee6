#!/usr/bin/env bash
# `npm test`: types, lint, unit and integration tests (Vitest), then browser tests (Playwright) against the
# production build. Integration tests use in-memory PGlite, or Postgres when TEST_DATABASE_URL is set.
# Reports go to $RESULTS_DIR (default test-results/); the last line is `test: N passed, N failed`.
#
# Most checks are single-threaded, so two lines of work run side by side (one per core of a small machine): the
# integration tests, which run one file at a time on one database; and the build, types, lint and unit tests. Each
# line's output is kept in a log and printed when it ends. The browser tests need only the build: they start once the
# build, types, lint and unit tests are done, beside the end of the integration tests.
set -uo pipefail
cd "$(dirname "$0")/.."
results="${RESULTS_DIR:-test-results}"
export RESULTS_DIR="$results"
mkdir -p "$results"
rm -f "$results"/vitest*.json "$results/e2e.json" "$results/server.log" "$results/logs.json" "$results"/*.log
status=0
began=$(date +%s)
step() { echo "== [$(( $(date +%s) - began ))s] $*"; }

# The build, types, lint and unit tests, one after another; fails if any of them failed.
checks() {
  local failed=0
  # The browser tests' build (with their seeding route, next.config.js), so that their server need not build again.
  step "build"; FACTDESK_E2E_BUILD=1 node scripts/start.mjs --build-only || failed=1
  # TypeScript 7's native compiler checks the same tsconfig in a third of the time; TypeScript 5 stays installed for
  # what needs its JavaScript API, which 7 no longer ships (Next.js, typescript-eslint, editors).
  step "types"; npm run --silent typecheck || failed=1
  step "lint"; npm run --silent lint || failed=1
  step "unit tests"
  npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/vitest-unit.json" || failed=1
  step "build, types, lint and unit tests done"
  return $failed
}
integration() {
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/vitest-integration.json"
  local code=$?
  step "integration tests done"
  return $code
}

step "side by side: build, types, lint and unit tests | integration tests"
checks > "$results/checks.log" 2>&1 & checks_pid=$!
integration > "$results/integration.log" 2>&1 & integration_pid=$!
wait "$checks_pid" || status=1
cat "$results/checks.log"

# The browser tests start once the build, types, lint and unit tests are done, beside the integration tests'
# last minutes, whose output is printed when both have ended.
step "browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json || status=1
wait "$integration_pid" || status=1
step "integration tests: their output"
cat "$results/integration.log"
step "no secrets in the server's log"
node scripts/check-logs.mjs "$results/server.log" data/e2e/auth-secret || status=1

node scripts/test-summary.mjs test "$results/vitest-unit.json" "$results/vitest-integration.json" "$results/e2e.json" "$results/logs.json" || status=1
exit $status
