#!/usr/bin/env node
// `npm start`: builds the app when the sources changed since the last build, then serves it.
// `node scripts/start.mjs --build-only` (`npm run build`): builds when the sources changed, and stops (the tests build
// this way while other checks run). The build is Next.js's, plus the custom server and the operator commands compiled
// to dist/ (scripts/compileServer.mjs, about a second), which then run on plain `node`. `npm run dev`: the development server. The database is opened (and migrated, and seeded in demo mode)
// by the server process itself, so the embedded database is only ever opened by one process.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiled } from "./compileServer.mjs";
import { precompressStatic } from "./precompressStatic.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const dev = process.argv.includes("--dev");
const buildOnly = process.argv.includes("--build-only");

const env = { ...process.env, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
// `next build` inlines NODE_ENV; a stray value from the shell would break it.
if (!dev) env.NODE_ENV = "production";

// A bad setting is reported before a minute is spent building (lib/config.ts, from its bundle in dist/).
const { loadConfig, ConfigError } = await import(pathToFileURL(await compiled("config")).href);
try {
  loadConfig(env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`factdesk: ${error.message}`);
  process.exit(1);
}
if (!dev) buildIfChanged();
if (buildOnly) process.exit(0);

const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), ...(dev ? ["--dev"] : [])], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function buildIfChanged() {
  const stamp = path.join(root, ".next", "factdesk-build-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && readOr(stamp) === fingerprint;
  if (built) return;
  console.info("factdesk: building the app (first start or changed sources; this takes a minute or two)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("factdesk: the build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
  const compressed = precompressStatic(path.join(root, ".next", "static"));
  console.info(`factdesk: compressed ${compressed.files} static files, ${(compressed.plain / 1024).toFixed(0)} KB to ${(compressed.brotli / 1024).toFixed(0)} KB with brotli`);
  fs.writeFileSync(stamp, fingerprint);
  console.info(`factdesk: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function sourceFingerprint() {
  const hash = createHash("sha256");
  const inputs = ["app", "components", "lib", "db", "i18n", "messages", "public", "instrumentation.ts", "proxy.ts", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
  for (const input of inputs) walk(path.join(root, input), hash);
  // A build for the browser tests has their seeding route (next.config.js): never reuse one for the other.
  hash.update(`browser-test build: ${process.env.FACTDESK_E2E_BUILD === "1"}\n`);
  return hash.digest("hex");
}

function walk(target, hash) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) walk(path.join(target, entry), hash);
  } else {
    hash.update(`${path.relative(root, target)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
}

function readOr(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
