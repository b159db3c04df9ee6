import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import { config } from "@/lib/config";
import { dataDir, inMemory } from "./dataDir";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or an open transaction: what queries accept. */
export type Queryable = Db | Tx;

/** An open database: the drizzle handle, its driver, and how to close it (and release the embedded folder's lock). */
export type Opened = { db: Db; driver: "pglite" | "postgres"; close: () => Promise<void> };
/** This process's own database also listens (the live events, lib/services/live/liveFeed.ts). */
type Listening = Opened & { listen: Listen };

/**
 * Listens to a NOTIFY channel: `onPayload` gets each payload, `onListening` is called each time listening starts
 * (first and after a lost connection came back: what was sent meanwhile is lost). Resolves to how to stop.
 */
type Listen = (channel: string, onPayload: (payload: string) => void, onListening: () => void) => Promise<() => Promise<void>>;

/** Where a database lives: a Postgres server's address, or the folder of an embedded one. */
export type DatabaseTarget = { databaseUrl: string } | { folder: string };

const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
// Any fixed number: every instance takes the same lock so only one migrates at a time.
const MIGRATION_LOCK_KEY = 727_274_001;
const CLOSE_KEY = Symbol.for("factdesk.closeDatabase");

// Kept on globalThis so dev-mode module reloads reuse one connection instead of opening another, and so the
// server (server/lifecycle.ts) can close it on shutdown without importing the app's bundle.
const holder = globalThis as unknown as { __factdeskDb?: Promise<Listening>; __factdeskListeners?: Listener[]; [CLOSE_KEY]?: () => Promise<void> };

/** A NOTIFY listener of this process, and the database it listens on (again on every database opened after). */
type Listener = { args: Parameters<Listen>; on: Listening | null };

/** The database, opened and migrated on first use (never at import or build time), once per process. */
export async function getDb(): Promise<Db> {
  return (await openOnce()).db;
}

/** Which driver this process runs on: `postgres` when DATABASE_URL is set, else embedded `pglite`. */
export async function getDriver(): Promise<Opened["driver"]> {
  return (await openOnce()).driver;
}

/**
 * Listens to a NOTIFY channel of this process's database (see Listen): one connection of its own on Postgres. It goes
 * on after the database is closed and opened again (`onListening` is called again then).
 */
export async function listenToChannel(...args: Parameters<Listen>): Promise<void> {
  (holder.__factdeskListeners ??= []).push({ args, on: null });
  await attachListeners(await openOnce());
}

async function attachListeners(opened: Listening): Promise<void> {
  for (const listener of holder.__factdeskListeners ?? []) {
    if (listener.on === opened) continue;
    listener.on = opened;
    try {
      await opened.listen(...listener.args);
    } catch (error) {
      listener.on = null;
      throw error;
    }
  }
}

/** Closes the database so a script or test can exit; the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const opening = holder.__factdeskDb;
  holder.__factdeskDb = undefined;
  if (opening) await (await opening).close();
}

holder[CLOSE_KEY] = closeDb;

/**
 * The public generation (public_state): it moves whenever something readers see changes. The server reads it once
 * a second through this key to know whether the public answers it keeps are still current.
 */
export async function readPublicGeneration(): Promise<number> {
  return publicGenerationOf(await getDb());
}

/** The public generation as one database holds it: this process's own, or a read replica's (db/readReplica.ts). */
export async function publicGenerationOf(db: Queryable): Promise<number> {
  const [row] = await db.select({ generation: schema.publicState.generation }).from(schema.publicState);
  return row?.generation ?? 0;
}

(globalThis as Record<symbol, unknown>)[Symbol.for("factdesk.readPublicGeneration")] = readPublicGeneration;

/**
 * Opens (and migrates) a database other than this process's own, for tools that work on two at once
 * (scripts/db-move.ts). The caller closes it.
 */
export function openDatabase(target: DatabaseTarget): Promise<Opened> {
  return "databaseUrl" in target ? openPostgres(target.databaseUrl) : openPglite(path.join(path.resolve(target.folder), "pglite"));
}

function openOnce(): Promise<Listening> {
  if (!holder.__factdeskDb) {
    const { databaseUrl } = config();
    const opening = (databaseUrl ? openPostgres(databaseUrl) : openPglite(inMemory() ? "memory://" : path.join(dataDir(), "pglite"))).then(async (opened) => {
      // Listeners of a database closed before (scripts, tests) listen on this one too; listening is no reason to fail opening.
      await attachListeners(opened).catch(() => {});
      return opened;
    });
    // A failed open must not stick: the next request tries again (the server may come back).
    opening.catch(() => {
      if (holder.__factdeskDb === opening) holder.__factdeskDb = undefined;
    });
    holder.__factdeskDb = opening;
  }
  return holder.__factdeskDb;
}

/**
 * A postgres.js pool with this process's settings (DATABASE_POOL_SIZE and the timeouts); `connection` adds session
 * settings. Connects on its first query.
 */
export async function postgresPool(url: string, connection: Partial<postgres.ConnectionParameters> = {}): Promise<postgres.Sql> {
  const { default: connect } = await import("postgres");
  const settings = config();
  return connect(url, {
    max: settings.databasePoolSize,
    connect_timeout: settings.databaseConnectTimeoutSeconds,
    // postgres.js waits up to 20 s before reconnecting once connections have failed (its delay grows with every
    // failure during an outage), which kept the app answering 503 for 15-20 s after the database was back. Requests
    // already answer 503 at once while it is away; waiting at most a second before reconnecting bounds recovery.
    backoff: (failures: number) => Math.min(0.05 * 2 ** failures, 1),
    connection: { statement_timeout: settings.databaseStatementTimeoutMs, ...connection },
    onnotice: () => {},
  });
}

async function openPostgres(url: string): Promise<Listening> {
  const [client, { drizzle }, { migrate }] = await Promise.all([
    postgresPool(url),
    import("drizzle-orm/postgres-js"),
    import("drizzle-orm/postgres-js/migrator"),
  ]);
  try {
    const db = drizzle({ client, schema });
    const lock = await client.reserve();
    try {
      await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
      lock.release();
    }
    // postgres.js listens on a connection of its own (outside the pool), opened again after a loss, listening again.
    const listen: Listen = async (channel, onPayload, onListening) => {
      const { unlisten } = await client.listen(channel, onPayload, onListening);
      return unlisten;
    };
    return { db: db as unknown as Db, driver: "postgres", close: () => client.end({ timeout: 5 }), listen };
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw error;
  }
}

async function openPglite(folder: string): Promise<Listening> {
  const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const releaseLock = folder === "memory://" ? () => {} : takeDirectoryLock(folder);
  try {
    if (folder !== "memory://") keepPrivate(folder);
    const client = await PGlite.create(folder, { extensions: { pg_trgm } });
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: db as unknown as Db,
      driver: "pglite",
      // In process: the notifications of committed transactions arrive after their query, and never stop.
      listen: async (channel, onPayload, onListening) => {
        const stop = await client.listen(channel, onPayload);
        onListening();
        return () => stop();
      },
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** The embedded database's folder is held by another live process (`pid`): a running server, or another command. */
export class DatabaseFolderInUseError extends Error {
  readonly pid: number;
  constructor(folder: string, pid: number) {
    super(
      `The embedded database in ${folder} is open in another process (pid ${pid}). ` +
        "Stop that process, or set DATABASE_URL to run several processes on one Postgres server.",
    );
    this.pid = pid;
  }
}

/**
 * The embedded database's folder is its owner's alone (0700), as a Postgres server insists of its data directory:
 * PGlite writes its files readable and writable by everyone (0666), and they hold password hashes, sessions and every
 * draft. Set on each open, so a folder made before this is closed too.
 */
function keepPrivate(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
}

/**
 * PGlite has no lock of its own and two processes writing one folder corrupt it,
 * so a lock file names the process that has it open.
 */
function takeDirectoryLock(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const lockFile = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) throw new DatabaseFolderInUseError(folder, owner);
      fs.unlinkSync(lockFile); // left behind by a process that died
    }
  }
  throw new Error(`Could not lock ${folder}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The rows a raw `db.execute` returned: postgres.js gives an array, PGlite an object holding `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
