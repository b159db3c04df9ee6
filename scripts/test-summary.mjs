#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports given as arguments and prints `<label>: N passed, N failed`.
// A missing or unreadable report counts as one failure, so a runner that crashed cannot look green. The failed tests
// are named above that line, so the end of a long log says which ones failed, and so are the browser tests that failed
// once and passed when run again (CI runs a failed browser test once more: playwright.config.ts).
import fs from "node:fs";

const [label, ...files] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const flaky = [];

// Playwright nests suites (file → describe → spec → test per project); a test failed when its status is "unexpected".
function playwrightFailures(report, suite, file, trail) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === "flaky") flaky.push(`${file} (${report}): ${[...trail, spec.title].join(" › ")} [${test.projectName}]`);
      if (test.status !== "unexpected") continue;
      const last = test.results?.at(-1);
      const message = last?.error?.message ?? last?.errors?.[0]?.message ?? last?.status ?? "";
      failures.push(`${file} (${report}): ${[...trail, spec.title].join(" › ")} [${test.projectName}]: ${firstLine(message)}`);
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(report, child, file, [...trail, child.title]);
}

function firstLine(text) {
  // Strip terminal colours, keep the first line that says something.
  const plain = String(text).replace(/\u001b\[[0-9;]*m/g, "");
  return plain.split("\n").find((line) => line.trim())?.trim().slice(0, 300) ?? "";
}

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
    for (const error of report.errors ?? []) failures.push(`${file}: ${firstLine(error.message ?? "")}`);
    for (const suite of report.suites ?? []) playwrightFailures(file, suite, suite.file ?? file, []);
  } else {
    // Vitest
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.success === false && !report.numFailedTests) failed += 1;
    for (const result of report.testResults ?? []) {
      const name = result.name ? result.name.replace(`${process.cwd()}/`, "") : file;
      for (const test of result.assertionResults ?? []) {
        if (test.status === "failed") failures.push(`${name} (${file}): ${test.fullName}: ${firstLine(test.failureMessages?.[0] ?? "")}`);
      }
      if (result.status === "failed" && !(result.assertionResults ?? []).some((test) => test.status === "failed")) {
        failures.push(`${name} (${file}): ${firstLine(result.message ?? "the file failed")}`);
      }
    }
  }
}
for (const test of flaky) console.log(`${label}: flaky (failed, then passed when run again): ${test}`);
for (const failure of failures) console.log(`${label}: failed: ${failure}`);
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
