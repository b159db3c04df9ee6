import { inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { factChecks } from "@/db/schema";
import { isArchived, keyFactChecks, withoutFragment, type ArchivedKey, type ReadFactCheck, type SkipReason, type SkippedRecord } from "@/lib/domain/claimReviewImport";
import { bumpArchiveGeneration } from "./archiveEntries";

const INSERT_BATCH = 500;
export const ALREADY_ARCHIVED: SkipReason = { key: "importAlreadyArchived" };

/**
 * Adds the records the archive does not hold yet (see isArchived: by whole address, and claim when several share
 * one); the others come back as skipped, "already in the archive". Moves the archive's stamp when any was added.
 * Call inside the import's transaction.
 */
export async function storeFactChecks(
  db: Queryable,
  read: readonly ReadFactCheck[],
  importedBy: string | null,
): Promise<{ imported: string[]; skipped: SkippedRecord[] }> {
  const records = keyFactChecks(read);
  const imported: string[] = [];
  const skipped: SkippedRecord[] = [];
  for (let start = 0; start < records.length; start += INSERT_BATCH) {
    const batch = records.slice(start, start + INSERT_BATCH);
    const addresses = [...new Set(batch.flatMap(({ factCheck }) => [factCheck.url, withoutFragment(factCheck.url)]))];
    const archived = await db
      .select({ url: factChecks.url, claimKey: factChecks.claimKey, claim: factChecks.claim })
      .from(factChecks)
      .where(inArray(factChecks.url, addresses));
    const byUrl = new Map<string, ArchivedKey[]>();
    for (const row of archived) byUrl.set(row.url, [...(byUrl.get(row.url) ?? []), row]);
    const fresh = batch.filter(({ factCheck }) => {
      const near = [...(byUrl.get(factCheck.url) ?? []), ...(byUrl.get(withoutFragment(factCheck.url)) ?? [])];
      return !near.some((row) => isArchived(factCheck, row));
    });
    // Another import may have added the same review meanwhile: the key's unique index decides, and it counts as archived.
    const inserted = fresh.length
      ? await db
          .insert(factChecks)
          .values(fresh.map(({ factCheck }) => ({ ...factCheck, importedBy })))
          .onConflictDoNothing({ target: [factChecks.url, factChecks.claimKey] })
          .returning({ url: factChecks.url, claimKey: factChecks.claimKey })
      : [];
    const added = new Set(inserted.map((row) => `${row.url}\n${row.claimKey}`));
    for (const { record, factCheck } of batch) {
      if (added.has(`${factCheck.url}\n${factCheck.claimKey}`)) imported.push(factCheck.url);
      else skipped.push({ record, url: factCheck.url, reason: ALREADY_ARCHIVED });
    }
  }
  if (imported.length) await bumpArchiveGeneration(db);
  return { imported, skipped };
}
