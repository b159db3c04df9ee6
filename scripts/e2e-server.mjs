#!/usr/bin/env node
// The server the browser tests run against: the production build on a fresh database, demo accounts seeded.
// On the embedded database it uses its own folder (data/e2e), wiped first; with E2E_DATABASE_URL it uses
// that Postgres database, which the caller provides empty (.ci/run drops and re-creates it). Everything the server
// prints is also kept in $RESULTS_DIR/server.log, which scripts/check-logs.mjs searches for secrets after the run.
// With E2E_VARNISH_PORT, Varnish runs the shipped configuration in front of it there (tests/e2e/edge.spec.ts) and
// the app purges it; its instance folder is written to data/e2e-varnish-instance for varnishstat.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startVarnish } from "./varnish.mjs";

const root = path.resolve(import.meta.dirname, "..");
// A build with the browser tests' seeding route (next.config.js), which answers the token playwright.config.ts made.
const env = { ...process.env, FACTDESK_DEMO: "1", FACTDESK_E2E_BUILD: "1" };
if (process.env.E2E_VARNISH_PORT) env.PURGE_URL = `http://127.0.0.1:${process.env.E2E_VARNISH_PORT}/`;
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) {
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  // Production on a Postgres server requires a configured secret, as a real deployment would.
  env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
} else {
  env.FACTDESK_DATA_DIR = path.join(root, "data", "e2e");
  fs.rmSync(env.FACTDESK_DATA_DIR, { recursive: true, force: true });
}

const logFile = path.resolve(root, process.env.RESULTS_DIR ?? "test-results", "server.log");
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile, { flags: "a" });
const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
// Everything goes to the log file; the test run's own output shows only what is not a routine request line.
let pending = "";
server.stdout.on("data", (chunk) => {
  log.write(chunk);
  const lines = (pending + chunk.toString("utf8")).split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) if (!/^\{"level":"(info|debug|trace)"/.test(line)) process.stdout.write(`${line}\n`);
});
server.stderr.on("data", (chunk) => (log.write(chunk), process.stderr.write(chunk)));
// Varnish starts once the app answers, so its health probe finds the app up from the first (.initial in the VCL).
let varnish;
if (process.env.E2E_VARNISH_PORT) {
  const health = `http://127.0.0.1:${process.env.PORT}/api/health`;
  while (!(await fetch(health).then((answer) => answer.ok, () => false))) await new Promise((resolve) => setTimeout(resolve, 250));
  varnish = startVarnish({ appPort: Number(process.env.PORT), varnishPort: Number(process.env.E2E_VARNISH_PORT) });
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  fs.writeFileSync(path.join(root, "data", "e2e-varnish-instance"), varnish.instance);
  varnish.child.on("exit", (code) => {
    process.stderr.write(`e2e-server: varnishd ended (${code})\n`);
    server.kill("SIGTERM");
  });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (server.kill(signal), varnish?.child.kill(signal)));
server.on("exit", (code) => (varnish?.child.kill("SIGTERM"), process.exit(code ?? 1)));
