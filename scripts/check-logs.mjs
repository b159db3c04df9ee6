#!/usr/bin/env node
// Searches the server's log of a test run (scripts/e2e-server.mjs writes it) for what must never be logged: the demo
// password the browser tests sign in with, a session cookie or token, the session secret. Writes a one-test report
// beside the log (logs.json, in Vitest's shape) so scripts/test-summary.mjs counts it, and exits 1 on a leak.
// Usage: node scripts/check-logs.mjs test-results/server.log [data/e2e/auth-secret]
import fs from "node:fs";
import path from "node:path";

const [logFile, ...secretFiles] = process.argv.slice(2);
if (!logFile) {
  console.error("Usage: node scripts/check-logs.mjs LOG [SECRET_FILE…]");
  process.exit(2);
}

const forbidden = [
  { what: "the demo password", pattern: /factdesk-demo/ },
  { what: "a session cookie", pattern: /authjs\.session-token|authjs\.csrf-token|__Secure-authjs/i },
  { what: "a token (JWT/JWE)", pattern: /eyJ[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]*/ },
  { what: "a password hash", pattern: /\$argon2id?\$/ },
];
for (const file of secretFiles) {
  try {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret) forbidden.push({ what: `the session secret (${file})`, pattern: new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  } catch {
    // No secret file (a Postgres run takes AUTH_SECRET from the environment, checked below).
  }
}
if (process.env.AUTH_SECRET) forbidden.push({ what: "AUTH_SECRET", pattern: new RegExp(process.env.AUTH_SECRET.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });

let text = "";
try {
  text = fs.readFileSync(logFile, "utf8");
} catch {
  // Reported below: a missing log cannot be declared clean.
}
const leaks = [];
if (!text) leaks.push(`no server log at ${logFile}`);
text.split("\n").forEach((line, index) => {
  for (const { what, pattern } of forbidden) if (pattern.test(line)) leaks.push(`line ${index + 1}: ${what}`);
});
const requests = text.split("\n").filter((line) => line.includes('"msg":"request"')).length;
if (text && requests === 0) leaks.push("no request lines: the server did not log its requests");

fs.writeFileSync(
  path.join(path.dirname(logFile), "logs.json"),
  JSON.stringify({ numPassedTests: leaks.length ? 0 : 1, numFailedTests: leaks.length ? 1 : 0, success: leaks.length === 0 }),
);
if (leaks.length) {
  console.error(`logs: ${leaks.length} problem(s) in ${logFile}:\n  ${leaks.slice(0, 20).join("\n  ")}`);
  process.exit(1);
}
console.log(`logs: ${requests} request lines in ${logFile}, no password, cookie, token or secret`);
