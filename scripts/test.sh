#!/usr/bin/env bash
# `npm test`: types, lint, unit and integration tests (Vitest), then browser tests (Playwright) against the
# production build. Integration tests use in-memory PGlite, or Postgres when TEST_DATABASE_URL is set.
# Reports go to $RESULTS_DIR (default test-results/); the last line is `test: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
results="${RESULTS_DIR:-test-results}"
export RESULTS_DIR="$results"
mkdir -p "$results"
rm -f "$results/vitest.json" "$results/e2e.json" "$results/server.log" "$results/logs.json"
status=0
began=$(date +%s)
step() { echo "== [$(( $(date +%s) - began ))s] $*"; }

step types; npx tsc --noEmit || status=1
step lint; npx eslint . || status=1
step "unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1
step "browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json || status=1
step "no secrets in the server's log"
node scripts/check-logs.mjs "$results/server.log" data/e2e/auth-secret || status=1

node scripts/test-summary.mjs test "$results/vitest.json" "$results/e2e.json" "$results/logs.json" || status=1
exit $status
