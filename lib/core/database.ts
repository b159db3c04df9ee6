import { getDb, type Db } from "@/db/client";
import { anonymousContext, type ServiceContext } from "./context";
import { toServiceError } from "./databaseErrors";

/** The database, opened on first use; an unreachable one throws a DatabaseUnavailableError. */
export async function openDatabase(): Promise<Db> {
  try {
    return await getDb();
  } catch (error) {
    throw toServiceError(error);
  }
}

/**
 * The context of a reader's request: nobody signed in counts, so public pages never read the session. Its reads of
 * published data may go to the read replica; everything else it does goes to the primary.
 */
export async function getReaderContext(): Promise<ServiceContext> {
  return { ...anonymousContext(await openDatabase()), replicaReads: true };
}
