#!/usr/bin/env bash
# `npm test`: the production build, the browser tests (Playwright) against it, and the types, lint, unit and
# integration tests (Vitest). Integration tests use in-memory PGlite, or Postgres when TEST_DATABASE_URL is set.
# Reports go to $RESULTS_DIR (default test-results/); the last line is `test: N passed, N failed`.
#
# The browser tests are the longest part, and need only the build: they start as soon as it is done, with the types,
# lint and unit tests beside them. The integration tests (one file at a time on one database) run from the start at a
# lower CPU priority (nice), so they take what the build and the browser tests leave of a small machine's cores
# instead of slowing them down. Each line's output is kept in a log and printed when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."
results="${RESULTS_DIR:-test-results}"
export RESULTS_DIR="$results"
mkdir -p "$results"
rm -f "$results"/vitest*.json "$results/e2e.json" "$results/server.log" "$results/logs.json" "$results"/*.log
status=0
began=$(date +%s)
step() { echo "== [$(( $(date +%s) - began ))s] $*"; }

# The types, lint and unit tests, one after another; fails if any of them failed.
checks() {
  local failed=0
  # TypeScript 7's native compiler checks the same tsconfig in a third of the time; TypeScript 5 stays installed for
  # what needs its JavaScript API, which 7 no longer ships (Next.js, typescript-eslint, editors).
  step "types"; npm run --silent typecheck || failed=1
  step "lint"; npm run --silent lint || failed=1
  step "unit tests"
  npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/vitest-unit.json" || failed=1
  step "types, lint and unit tests done"
  return $failed
}
integration() {
  renice -n 10 -p "$BASHPID" >/dev/null
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/vitest-integration.json"
  local code=$?
  step "integration tests done"
  return $code
}

step "integration tests, in the background at a lower priority"
integration > "$results/integration.log" 2>&1 & integration_pid=$!

# The browser tests' build (with their seeding route, next.config.js), so that their server need not build again.
step "build"
FACTDESK_E2E_BUILD=1 node scripts/start.mjs --build-only || status=1

step "browser tests, beside the types, lint and unit tests"
# A little below the browser tests' priority: they are the longest line of work, and these end well before them.
(renice -n 5 -p "$BASHPID" >/dev/null; checks) > "$results/checks.log" 2>&1 & checks_pid=$!
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json || status=1
wait "$checks_pid" || status=1
step "types, lint and unit tests: their output"
cat "$results/checks.log"
wait "$integration_pid" || status=1
step "integration tests: their output"
cat "$results/integration.log"
step "no secrets in the server's log"
node scripts/check-logs.mjs "$results/server.log" data/e2e/auth-secret || status=1

node scripts/test-summary.mjs test "$results/vitest-unit.json" "$results/vitest-integration.json" "$results/e2e.json" "$results/logs.json" || status=1
exit $status
