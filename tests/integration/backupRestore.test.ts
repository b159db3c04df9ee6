import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, isNull, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { closeDb, getDb, getDriver, openDatabase, rowsOf } from "@/db/client";
import { copyDatabase, dumpDatabase, restoreDatabase, rowCounts, tableDigests } from "@/db/logicalDump";
import { auditLog, claims, comments, users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { actorContext, type Actor } from "@/lib/core/context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { addComment } from "@/lib/services/comments/addComment";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { resetDatabase } from "./database";

// The restored newsroom is the demo's, signed into with its password: demo mode, as it was made.
beforeAll(() => vi.stubEnv("FACTDESK_DEMO", "1"));
afterAll(() => vi.unstubAllEnvs());

// Backups, restores and moves between the drivers (db/logicalDump.ts): whatever the newsroom holds comes back
// exactly, row for row, and the restored newsroom works (sign-in, new writes after restored sequences).

const root = path.resolve(import.meta.dirname, "../..");
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
  folders.push(folder);
  return folder;
}

async function actor(email: string): Promise<Actor> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { id: user!.id, role: user!.role, displayName: user!.displayName, email: user!.email };
}

const DRAFT_EXPLANATION = "Draft: no retailer sells this model with a payload bay.";
const INTERNAL_COMMENT = "Internal: the seller's listing was taken down yesterday, I kept a copy.";

/** The demo newsroom, plus what only staff see: a reviewer's draft verdict and an internal comment, and a sign-in. */
async function seedNewsroom(): Promise<void> {
  await resetDatabase();
  expect(await seedDemoNewsroom()).toBe(true);
  const db = await getDb();
  const reviewer = await actor("reviewer@factdesk.test");
  const [claim] = await db
    .select()
    .from(claims)
    .where(and(eq(claims.reviewerId, reviewer.id), eq(claims.status, "in_progress"), isNull(claims.verdictId)));
  const asReviewer = actorContext(db, reviewer);
  const verdicts = await listVerdicts(asReviewer);
  await reviewClaim(asReviewer, {
    claimId: claim!.id,
    version: claim!.version,
    verdictId: verdicts[0]!.id,
    publicExplanation: DRAFT_EXPLANATION,
    sources: [],
    readyForSignoff: false,
  });
  await addComment(asReviewer, { claimId: claim!.id, body: INTERNAL_COMMENT });
  expect((await verifyCredentials({ email: "editor@factdesk.test", password: DEMO_PASSWORD })).ok).toBe(true);
}

async function dumpLines(): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(await getDb(), await getDriver(), (line) => void lines.push(line));
  return lines;
}

/** The restored newsroom works: the demo accounts sign in, and new rows get fresh ids after the restored ones. */
async function expectWorkingNewsroom(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    expect((await verifyCredentials({ email: account.email, password: DEMO_PASSWORD })).ok).toBe(true);
  }
  const db = await getDb();
  const [draft] = await db.select().from(claims).where(eq(claims.publicExplanation, DRAFT_EXPLANATION));
  expect(draft?.verdictId).toBeTruthy();
  const [comment] = await db.select().from(comments).where(eq(comments.body, INTERNAL_COMMENT));
  expect(comment).toBeDefined();
  // A new audited change after the restore: the audit log's sequence continues after the restored entries.
  await addComment(actorContext(db, await actor("editor@factdesk.test")), { claimId: draft!.id, body: "After the restore." });
}

describe("backup and restore", () => {
  beforeEach(async () => {
    await seedNewsroom();
  });

  test("round trip: every table comes back exactly, and the newsroom works", async () => {
    const db = await getDb();
    const before = await tableDigests(db);
    const lines = await dumpLines();
    await resetDatabase();
    const header = await restoreDatabase(db, lines);
    expect(header.tables.users).toBe(DEMO_ACCOUNTS.length);
    expect(await tableDigests(db)).toEqual(before);
    await expectWorkingNewsroom();
  });

  test("refuses a database in use unless forced, and then says what it replaces", async () => {
    const db = await getDb();
    const lines = await dumpLines();
    const before = await tableDigests(db);
    await expect(restoreDatabase(db, lines)).rejects.toThrow(/not empty \(.*3 users.*\).*--force/);
    let replaced: Record<string, number> = {};
    await addComment(actorContext(db, await actor("editor@factdesk.test")), {
      claimId: (await db.select().from(claims).limit(1))[0]!.id,
      body: "Written after the backup: the forced restore removes it.",
    });
    await restoreDatabase(db, lines, { force: true, onReplace: (rows) => (replaced = rows) });
    expect(replaced.users).toBe(3);
    expect(replaced.comments).toBe(2);
    expect(await tableDigests(db)).toEqual(before);
  });

  test("refuses a backup cut short or from a newer schema, and changes nothing", async () => {
    const db = await getDb();
    const lines = await dumpLines();
    await resetDatabase();
    const empty = await tableDigests(db);
    await expect(restoreDatabase(db, lines.slice(0, -1))).rejects.toThrow(/cut short/);
    await expect(restoreDatabase(db, lines.filter((line, i) => i === 0 || !line.includes(DRAFT_EXPLANATION)))).rejects.toThrow(
      /says "\w+" has \d+ rows but holds/,
    );
    const [, header] = JSON.parse(lines[0]!) as [string, { migrations: { count: number } }];
    header.migrations.count += 1;
    await expect(restoreDatabase(db, [JSON.stringify(["factdesk-backup", header]), ...lines.slice(1)])).rejects.toThrow(/newer Factdesk/);
    await expect(restoreDatabase(db, ["not a backup"])).rejects.toThrow(/damaged|not a Factdesk backup/);
    expect(await tableDigests(db)).toEqual(empty);
  });

  // On the embedded database the changes interleave with the dump's queries one at a time; on a server they run beside it.
  test("a backup taken while changes are being written restores to a consistent newsroom", async () => {
    const db = await getDb();
    const editor = actorContext(db, await actor("editor@factdesk.test"));
    const [claim] = await db.select().from(claims).limit(1);
    let writing = true;
    let written = 0;
    const loop = (async () => {
      while (writing) {
        await addComment(editor, { claimId: claim!.id, body: `Loop comment ${written}` });
        written += 1;
        // PGlite answers without I/O, so a loop of its promises would starve the timers below.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // The dump starts once the writes are under way, and they go on while it runs.
    await vi.waitFor(() => expect(written).toBeGreaterThanOrEqual(5), { timeout: 10_000, interval: 10 });
    const lines = await dumpLines();
    writing = false;
    await loop;
    expect(written).toBeGreaterThan(0);

    await resetDatabase();
    await restoreDatabase(db, lines);
    // Every comment has its audit entry and every audit entry about a comment has its comment: one snapshot.
    const [row] = rowsOf<{ comments: number; audited: number; dangling: number }>(
      await db.execute(sql`SELECT (SELECT count(*)::int FROM ${comments}) AS comments,
        (SELECT count(*)::int FROM ${auditLog} WHERE action = 'comment.create') AS audited,
        (SELECT count(*)::int FROM ${auditLog} a WHERE a.entity_type = 'comment' AND NOT EXISTS
           (SELECT 1 FROM ${comments} c WHERE c.id::text = a.entity_id)) AS dangling`),
    );
    expect(row!.comments).toBe(row!.audited);
    expect(row!.dangling).toBe(0);
  });
});

describe("moving between the embedded database and a server", () => {
  test("the newsroom moves to an embedded folder (and on Postgres runs, back to a fresh server) intact", async () => {
    await seedNewsroom();
    const before = await tableDigests(await getDb());
    const folder = tempFolder();

    // This run's database → a fresh embedded folder.
    const here = { db: await getDb(), driver: await getDriver(), close: async () => {} };
    const embedded = await openDatabase({ folder });
    const toEmbedded = await copyDatabase(here, embedded);
    expect(toEmbedded.differing).toEqual([]);
    expect(await tableDigests(embedded.db)).toEqual(before);

    const serverUrl = process.env.TEST_DATABASE_URL;
    let started: Record<string, string | undefined>;
    if (serverUrl) {
      // … and the embedded copy → an empty Postgres database, the way a growing newsroom moves.
      const moveUrl = `${serverUrl}_move`;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      const name = new URL(moveUrl).pathname.slice(1);
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      await admin.end();
      const server = await openDatabase({ databaseUrl: moveUrl });
      const toServer = await copyDatabase(embedded, server);
      await server.close();
      expect(toServer.differing).toEqual([]);
      started = { DATABASE_URL: moveUrl, FACTDESK_DATA_DIR: process.env.FACTDESK_DATA_DIR };
    } else {
      started = { DATABASE_URL: undefined, FACTDESK_DATA_DIR: folder };
    }
    await embedded.close();
    expect(fs.existsSync(path.join(folder, "pglite.lock"))).toBe(false);

    // The app opened on the copy: same rows, and the newsroom works.
    const saved = { DATABASE_URL: process.env.DATABASE_URL, FACTDESK_DATA_DIR: process.env.FACTDESK_DATA_DIR };
    await closeDb();
    setEnv(started);
    try {
      expect(await tableDigests(await getDb())).toEqual(before);
      await expectWorkingNewsroom();
      expect((await rowCounts(await getDb())).audit_log).toBeGreaterThan(0);
    } finally {
      await closeDb();
      setEnv(saved);
    }
  }, 180_000);
});

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

// The commands an operator types, on an embedded folder: back up, restore into an empty folder, refuse a second
// restore without --force, and say what --force replaces.
describe.runIf(!process.env.TEST_DATABASE_URL)("npm run db:backup / db:restore", () => {
  test("back up an embedded folder and restore it into another", async () => {
    await seedNewsroom();
    const source = tempFolder();
    const copy = await openDatabase({ folder: source });
    await copyDatabase({ db: await getDb(), driver: "pglite", close: async () => {} }, copy);
    const before = await tableDigests(copy.db);
    await copy.close();

    const file = path.join(tempFolder(), "nightly.jsonl.gz");
    const run = (script: string, dir: string, ...args: string[]) => {
      const { DATABASE_URL: _url, ...env } = process.env;
      return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
        cwd: root,
        env: { ...env, FACTDESK_DATA_DIR: dir, FACTDESK_DEMO: "0" },
        encoding: "utf8",
        timeout: 60_000,
      });
    };
    const backup = run("db-backup.ts", source, "--out", file);
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/Backed up .*3 users.* to .*nightly\.jsonl\.gz/);

    const target = tempFolder();
    expect(run("db-restore.ts", target, file).stdout).toMatch(/Restored .*3 users/);
    const again = run("db-restore.ts", target, file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty .*--force/);
    expect(run("db-restore.ts", target, file, "--force").stdout).toMatch(/Replacing what the database held: .*3 users/);

    const restored = await openDatabase({ folder: target });
    try {
      expect(await tableDigests(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 300_000);
});
