#!/usr/bin/env node
// Runs an operator command (`npm run db:backup -- …` → `node scripts/operator.mjs db-backup …`) from its bundle in
// dist/ (scripts/compileServer.mjs; compiled first if a source changed), so it works on plain `node` in production.
import { pathToFileURL } from "node:url";
import { BUNDLES, compiled } from "./compileServer.mjs";

const [name] = process.argv.splice(2, 1);
if (!name || name === "server" || name === "config" || !(name in BUNDLES)) {
  console.error(`Usage: node scripts/operator.mjs <${Object.keys(BUNDLES).filter((bundle) => bundle !== "server" && bundle !== "config").join("|")}> [options]`);
  process.exit(2);
}
await import(pathToFileURL(await compiled(name)).href);
