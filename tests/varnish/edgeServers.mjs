#!/usr/bin/env node
// The servers tests/varnish/edge.spec.ts runs against: the production build on a fresh database (demo newsroom
// seeded), behind varnishd running deploy/varnish/default.vcl with the app as its backend, and the app purging that
// Varnish (PURGE_URL). On the embedded database by default (its own folder, data/varnish); with VARNISH_DATABASE_URL
// on that Postgres database, which the caller provides empty. Needs varnishd and vmod_xkey (Debian: varnish,
// varnish-modules). Ports: APP_PORT for the app, VARNISH_PORT for Varnish (tests/varnish/playwright.config.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const appPort = Number(process.env.APP_PORT);
const varnishPort = Number(process.env.VARNISH_PORT);
if (!appPort || !varnishPort) throw new Error("set APP_PORT and VARNISH_PORT");

const env = { ...process.env, NODE_ENV: "production", PORT: String(appPort), HOST: "127.0.0.1", FACTDESK_DEMO: "1" };
env.PURGE_URL = `http://127.0.0.1:${varnishPort}/`;
env.TRUSTED_PROXIES = "loopback";
delete env.DATABASE_URL;
if (process.env.VARNISH_DATABASE_URL) {
  env.DATABASE_URL = process.env.VARNISH_DATABASE_URL;
  env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
} else {
  env.FACTDESK_DATA_DIR = path.join(root, "data", "varnish");
  fs.rmSync(env.FACTDESK_DATA_DIR, { recursive: true, force: true });
}

// Varnish's working folder and the shipped configuration, pointed at this app.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-varnish-"));
fs.chmodSync(work, 0o755);
const vcl = fs.readFileSync(path.join(root, "deploy", "varnish", "default.vcl"), "utf8").replace(/\.port = "\d+";/, `.port = "${appPort}";`);
const vclFile = path.join(work, "default.vcl");
fs.writeFileSync(vclFile, vcl);
fs.chmodSync(vclFile, 0o644);
const check = spawnSync("varnishd", ["-C", "-f", vclFile, "-n", path.join(work, "check")], { encoding: "utf8" });
if (check.status !== 0) {
  process.stderr.write(check.stderr);
  process.exit(1);
}

const app = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
const instance = path.join(work, "instance");
const varnish = spawn("varnishd", ["-F", "-n", instance, "-a", `127.0.0.1:${varnishPort}`, "-f", vclFile, "-s", "malloc,64m"], {
  stdio: ["ignore", "ignore", "inherit"],
});
// The test reads Varnish's counters (varnishstat -n) through this.
fs.mkdirSync(path.join(root, "data"), { recursive: true });
fs.writeFileSync(path.join(root, "data", "varnish-instance"), instance);

function stop(signal) {
  app.kill(signal);
  varnish.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
for (const child of [app, varnish]) child.on("exit", (code) => (stop("SIGTERM"), process.exit(code ?? 1)));
