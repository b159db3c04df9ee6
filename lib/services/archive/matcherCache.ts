import type { Queryable } from "@/db/client";
import { organisation } from "@/db/schema";
import { ClaimMatcher } from "@/lib/domain/claimMatching";
import { type ArchiveEntry, archiveStamp, loadArchiveEntries } from "./archiveEntries";

// The matcher's index is a cache of the archive in the database, never the record: every use first reads the
// archive's stamp (one query), and an instance whose stamp is old brings its index up to date, adding and removing
// only the entries that changed. Several instances on one database therefore agree.

type Cached = { stamp: string; matcher: ClaimMatcher; entries: Map<string, ArchiveEntry> };

const KEY = Symbol.for("factdesk.claimMatcher");
const store = globalThis as typeof globalThis & { [KEY]?: { current?: Cached; refreshing?: Promise<Cached> } };

/** The matcher over the archive as it is now, and its entries by key. */
export async function currentMatcher(db: Queryable): Promise<Cached> {
  const slot = (store[KEY] ??= {});
  const stamp = await archiveStamp(db);
  if (slot.current?.stamp === stamp) return slot.current;
  // One refresh at a time: requests arriving meanwhile wait for it rather than each rebuilding.
  slot.refreshing ??= refresh(db, stamp, slot.current).finally(() => {
    slot.refreshing = undefined;
  });
  const fresh = await slot.refreshing;
  slot.current = fresh;
  return fresh;
}

async function refresh(db: Queryable, stamp: string, previous: Cached | undefined): Promise<Cached> {
  const [org] = await db.select({ name: organisation.name }).from(organisation);
  const loaded = await loadArchiveEntries(db, org?.name ?? "This newsroom");
  const entries = new Map(loaded.map((entry) => [entry.key, entry]));
  const matcher = previous?.matcher ?? new ClaimMatcher();
  if (previous) {
    for (const key of previous.entries.keys()) if (!entries.has(key)) matcher.remove(key);
  }
  for (const entry of loaded) {
    const before = previous?.entries.get(entry.key);
    if (before?.statement !== entry.statement || before.language !== entry.language) {
      matcher.add({ id: entry.key, claim: entry.statement, language: entry.language });
    }
  }
  return { stamp, matcher, entries };
}

/** For tests: forget the cached index. */
export function forgetMatcher(): void {
  delete store[KEY];
}
