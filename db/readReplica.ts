import { config } from "@/lib/config";
import { postgresPool, type Db } from "./client";
import * as schema from "./schema";

// A read replica of the Postgres server (DATABASE_READ_URL): a copy the server keeps up to date, which may lag behind
// it. Only readers' reads of published data go to it, and only once it has caught up (lib/core/publicReads.ts).

type Replica = { db: Db; close: () => Promise<void> };

const CLOSE_KEY = Symbol.for("factdesk.closeReadReplica");
// On globalThis for the same reasons as the primary (db/client.ts): one pool across dev-mode reloads, closed by the server.
const holder = globalThis as unknown as { __factdeskReplica?: { url: string; opening: Promise<Replica> }; [CLOSE_KEY]?: () => Promise<void> };

/**
 * The read replica's database, or null when DATABASE_READ_URL is unset. Its pool is made on first use (never at
 * import or build time) and connects on its first query, so a replica that is down fails that query, not this call.
 * Sessions are read-only, and nothing is migrated: the replica gets the primary's schema through replication.
 */
export async function getReplicaDb(): Promise<Db | null> {
  const url = config().databaseReadUrl;
  if (!url) return null;
  const held = holder.__factdeskReplica;
  if (held?.url === url) return (await held.opening).db;
  const opening = openReplica(url);
  opening.catch(() => {
    if (holder.__factdeskReplica?.opening === opening) holder.__factdeskReplica = undefined;
  });
  holder.__factdeskReplica = { url, opening };
  if (held) void closePool(held.opening); // a pool on another address: the setting changed (tests)
  return (await opening).db;
}

/** Closes the replica's pool, if one was opened; the next getReplicaDb() makes another. */
export async function closeReplicaDb(): Promise<void> {
  const held = holder.__factdeskReplica;
  holder.__factdeskReplica = undefined;
  if (held) await closePool(held.opening);
}

async function closePool(opening: Promise<Replica>): Promise<void> {
  await (await opening.catch(() => null))?.close().catch(() => {});
}

holder[CLOSE_KEY] = closeReplicaDb;

async function openReplica(url: string): Promise<Replica> {
  const [client, { drizzle }] = await Promise.all([postgresPool(url, { default_transaction_read_only: true }), import("drizzle-orm/postgres-js")]);
  const db = drizzle({ client, schema }) as unknown as Db;
  return { db, close: () => client.end({ timeout: 5 }) };
}
