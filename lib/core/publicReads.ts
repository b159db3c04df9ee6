import { getDb, publicGenerationOf, readPublicGeneration, type Db } from "@/db/client";
import { getReplicaDb } from "@/db/readReplica";
import { READ_REPLICA_CHECK_TIMEOUT_MS, READ_REPLICA_RETRY_MS } from "@/lib/domain/limits";
import { ServiceError } from "./errors";
import { logger } from "./log";

// Readers' reads of published data may go to the read replica (DATABASE_READ_URL), which lags behind the primary.
// What they read is versioned by the public generation (public_state.generation): every publication, retraction and
// change to the organisation's details or the rating scale moves it in the same transaction. A replica whose
// generation is at least the primary's therefore holds everything readers may see as of that moment; one behind may
// still show a retracted article, so the read goes to the primary. The primary's generation is read for every check
// (one indexed row): a copy kept even for a second would let a retraction committed meanwhile be read back from a
// replica that has not applied it, and the server's cache (server/readerCache.ts) would then keep that page under
// the new generation.

/** Until when each replica pool that failed is left alone (a new pool, after DATABASE_READ_URL changed, starts afresh). */
const setAside = new WeakMap<Db, number>();

/**
 * The database a reader's read of published data goes to: the read replica when DATABASE_READ_URL is set and the
 * replica answers, within READ_REPLICA_CHECK_TIMEOUT_MS, with a public generation at least the primary's; else the
 * primary. A replica that is down or too slow is left alone for READ_REPLICA_RETRY_MS.
 */
export async function readerDb(): Promise<Db> {
  return (await chooseDb()).db;
}

/**
 * Runs `read` on readerDb(). A replica that fails during the read (it went down since the check) is left alone and
 * the read runs again on the primary: a replica's trouble never fails a reader's page. The service's own errors
 * (not found, invalid input) are answers, and pass.
 */
export async function readPublished<T>(read: (db: Db) => Promise<T>): Promise<T> {
  const { db, replica } = await chooseDb();
  if (!replica) return read(db);
  try {
    return await read(db);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    leaveAlone(db, error);
    return read(await getDb());
  }
}

async function chooseDb(): Promise<{ db: Db; replica: boolean }> {
  const replica = await getReplicaDb();
  if (!replica || Date.now() < (setAside.get(replica) ?? 0)) return { db: await getDb(), replica: false };
  const [primaryAt, replicaAt] = await Promise.all([readPublicGeneration(), replicaGeneration(replica)]);
  if (replicaAt !== null && replicaAt >= primaryAt) return { db: replica, replica: true };
  return { db: await getDb(), replica: false };
}

/** The replica's public generation, or null when it does not answer in time (it is then left alone). */
async function replicaGeneration(replica: Db): Promise<number | null> {
  const reading = publicGenerationOf(replica);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), READ_REPLICA_CHECK_TIMEOUT_MS);
  });
  try {
    const generation = await Promise.race([reading, late]);
    if (generation !== "late") return generation;
    leaveAlone(replica, new Error(`no answer within ${READ_REPLICA_CHECK_TIMEOUT_MS} ms`));
  } catch (error) {
    leaveAlone(replica, error);
  } finally {
    clearTimeout(timer);
  }
  return null;
}

function leaveAlone(replica: Db, error: unknown): void {
  if (Date.now() < (setAside.get(replica) ?? 0)) return; // said once already
  setAside.set(replica, Date.now() + READ_REPLICA_RETRY_MS);
  logger().warn({ err: error }, `the read replica failed: readers' reads go to the primary for the next ${READ_REPLICA_RETRY_MS / 1000} s`);
}
