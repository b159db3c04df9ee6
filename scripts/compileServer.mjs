#!/usr/bin/env node
// Compiles the custom server (server/main.ts) and the operator commands (npm run db:… and user:create) from
// TypeScript to plain JavaScript in dist/, one bundle each (our code inlined, packages left to node_modules), so a
// production install runs them on `node` alone, without tsx. esbuild (a development dependency) does it in about a
// second; it runs when a source of a bundle changed since the last compile, which dist/inputs.json records by size and
// modification time. Without esbuild (an install without development dependencies), the bundles of the build are used
// as they are.
//
// `node scripts/start.mjs` compiles before it builds or serves; `scripts/server.mjs` and `scripts/operator.mjs` (the
// commands' launcher) compile when a source changed. `node scripts/compileServer.mjs` compiles now.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
export const DIST = path.join(root, "dist");
const RECORD = path.join(DIST, "inputs.json");

/** What is compiled: the bundle's name in dist/ (`<name>.mjs`) → its source. */
export const BUNDLES = {
  server: "server/main.ts",
  // start.mjs checks the settings with it before a minute is spent building.
  config: "lib/config.ts",
  "db-migrate": "scripts/db-migrate.ts",
  "db-backup": "scripts/db-backup.ts",
  "db-restore": "scripts/db-restore.ts",
  "db-move": "scripts/db-move.ts",
  "user-create": "scripts/user-create.ts",
};

/** The compiled file of bundle `name`, compiled first when it is missing or a source changed (and esbuild is here). */
export async function compiled(name) {
  if (!(name in BUNDLES)) throw new Error(`no bundle named ${name}`);
  if (!current()) await compile();
  return path.join(DIST, `${name}.mjs`);
}

/** Whether every bundle is there and none of the files it was compiled from changed since. */
function current() {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(RECORD, "utf8"));
  } catch {
    return false;
  }
  if (JSON.stringify(record.bundles) !== JSON.stringify(BUNDLES)) return false;
  for (const name of Object.keys(BUNDLES)) if (!fs.existsSync(path.join(DIST, `${name}.mjs`))) return false;
  return Object.entries(record.inputs).every(([file, stamp]) => stampOf(path.join(root, file)) === stamp);
}

function stampOf(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** Compiles every bundle into dist/. Each file is written whole and then renamed, so a process starting meanwhile reads an old or a new bundle, never half of one. */
export async function compile() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    if (fs.existsSync(path.join(DIST, "server.mjs"))) {
      console.warn("factdesk: sources changed since dist/ was compiled, and esbuild (a development dependency) is not installed: running the compiled bundles as they are.");
      return;
    }
    console.error("factdesk: dist/ holds no compiled server, and esbuild (a development dependency) is not installed to compile it: run `npm ci` and `npm run build`.");
    process.exit(1);
  }
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(BUNDLES).map(([name, source]) => [name, source])),
    outdir: DIST,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // next, pino, zod, drizzle, PGlite…: loaded from node_modules as they are, as the app's own bundle does.
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
    banner: { js: "// Compiled by scripts/compileServer.mjs from the TypeScript sources; do not edit." },
  });
  fs.mkdirSync(DIST, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stampOf(path.join(root, file))]));
  const temporary = `${RECORD}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ bundles: BUNDLES, inputs }, null, 1));
  fs.renameSync(temporary, RECORD);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = Date.now();
  await compile();
  console.info(`factdesk: compiled the server and the operator commands into dist/ in ${Date.now() - started} ms`);
}
