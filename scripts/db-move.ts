// `npm run db:move -- --to postgres://…`: copies the embedded database (FACTDESK_DATA_DIR, or --from-dir) into an
// empty Postgres database, after applying the migrations there; checks every table's row count and digest; prints
// the settings to start on it. The reverse, for a laptop copy: `npm run db:move -- --from postgres://… --to-embedded DIR`.
// Passwords, sessions' secret and the audit log move with it: everyone signs in as before.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type DatabaseTarget, openDatabase } from "@/db/client";
import { copyDatabase, describeRows } from "@/db/logicalDump";
import { config } from "@/lib/config";
import { seconds } from "@/db/backupFile";

const usage = `Usage:
  npm run db:move -- --to postgres://user:pass@host:5432/factdesk [--from-dir data] [--force]
  npm run db:move -- --from postgres://user:pass@host:5432/factdesk --to-embedded DIR [--force]`;

const { values } = parseArgs({
  options: {
    to: { type: "string" },
    from: { type: "string" },
    "from-dir": { type: "string" },
    "to-embedded": { type: "string" },
    force: { type: "boolean", default: false },
  },
});

let source: DatabaseTarget;
let target: DatabaseTarget;
if (values.to && !values.from && !values["to-embedded"]) {
  source = { folder: values["from-dir"] ?? config().dataDir };
  target = { databaseUrl: values.to };
} else if (values.from && values["to-embedded"] && !values.to) {
  source = { databaseUrl: values.from };
  target = { folder: values["to-embedded"] };
} else {
  console.error(usage);
  process.exit(2);
}
for (const url of [values.to, values.from]) {
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    console.error(`db:move: ${url.replace(/\/\/[^@]*@/, "//…@")} is not a postgres:// address.\n${usage}`);
    process.exit(2);
  }
}

const started = performance.now();
const from = await openDatabase(source);
let to: Awaited<ReturnType<typeof openDatabase>> | null = null;
try {
  to = await openDatabase(target);
  const { header, differing } = await copyDatabase(from, to, {
    force: values.force,
    onReplace: (rows) => console.log(`Replacing what the target held: ${describeRows(rows)}.`),
  });
  if (differing.length) throw new Error(`the copy differs from the original in ${differing.join(", ")}; do not switch to it.`);
  console.log(`Copied ${describeRows(header.tables)} in ${seconds(started)} s; every table's row count and digest match.`);
  console.log("");
  if ("databaseUrl" in target) {
    const secret = embeddedSecret(source as { folder: string });
    console.log("Start Factdesk on the server with these settings (every instance needs the same AUTH_SECRET):");
    console.log(`  DATABASE_URL=${target.databaseUrl}`);
    console.log(`  AUTH_SECRET=${secret}`);
    console.log("  FACTDESK_DEMO=0");
  } else {
    const kept = keepServerSecret(target.folder);
    console.log(`Start Factdesk on the copy with FACTDESK_DATA_DIR=${path.resolve(target.folder)} and no DATABASE_URL.`);
    console.log(
      kept
        ? "The server's AUTH_SECRET was written to the copy's folder, so sessions signed by the server stay valid."
        : "Passwords work as before; sessions from the server end (set AUTH_SECRET while moving to keep them).",
    );
  }
} catch (error) {
  console.error(`db:move: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await to?.close();
  await from.close();
}

/** The secret the embedded install signs sessions with (lib/auth/secret.ts keeps it in the data folder). */
function embeddedSecret(dir: { folder: string }): string {
  const configured = config().authSecret;
  if (configured) return configured;
  const file = path.join(path.resolve(dir.folder), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "(none yet: generate one with `openssl rand -base64 32`; everyone signs in again once)";
  }
}

/** Keeps the server's AUTH_SECRET (when given) for the embedded copy, where lib/auth/secret.ts looks for it. */
function keepServerSecret(folder: string): boolean {
  const secret = config().authSecret;
  if (!secret) return false;
  fs.writeFileSync(path.join(path.resolve(folder), "auth-secret"), secret, { mode: 0o600 });
  return true;
}
