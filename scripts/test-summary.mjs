#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports given as arguments and prints `<label>: N passed, N failed`.
// A missing or unreadable report counts as one failure, so a runner that crashed cannot look green.
import fs from "node:fs";

const [label, ...files] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    console.error(`${label}: no readable report at ${file}`);
    failed += 1;
    continue;
  }
  if (report.stats && "expected" in report.stats) {
    // Playwright
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped ?? 0;
    if ((report.errors ?? []).length) failed += 1;
  } else {
    // Vitest
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.success === false && !report.numFailedTests) failed += 1;
  }
}
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
