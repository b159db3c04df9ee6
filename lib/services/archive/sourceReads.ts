import { eq } from "drizzle-orm";
import { factCheckSources, type FactCheckSourceOutcome } from "@/db/schema";
import type { ServiceContext } from "@/lib/core/context";
import { ValidationError } from "@/lib/core/errors";
import { logFailure } from "@/lib/core/log";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { toSourceDto, type FactCheckSourceReadDto } from "./factCheckSourceDto";
import { fetchClaimReviews, type FetchedClaimReviews } from "./fetchClaimReviews";
import { storeFactChecks } from "./storeFactChecks";
import { SOURCE_READ_LEASE_MS } from "@/lib/domain/limits";

// Reading a source (lib/services/archive/readFactCheckSource.ts asks for one, importDueFactChecks for those due):
// the source is first taken for a while (`readingUntil`) in a short transaction, then fetched with no transaction
// open (a fetch takes seconds, and on PGlite an open transaction holds every other query), then what was read is
// stored with the outcome and the audit entry in one transaction.

const HOUR_MS = 60 * 60 * 1000;

const UNEXPECTED = "Something went wrong on our side while reading this source, and nothing of it was imported. Try again later.";

/** The time until which a source taken at `now` is being read. */
export function leaseFrom(now: Date): Date {
  return new Date(now.getTime() + SOURCE_READ_LEASE_MS);
}

/**
 * Reads a source already taken (its `readingUntil` set by the caller) and records the outcome: imported records,
 * last read, the next read on its schedule (counted from `startedAt`), and one `factcheck.source_read` audit entry.
 * A source that cannot be read is recorded as failed, not thrown: the desk shows why.
 */
export async function readTakenSource(
  ctx: ServiceContext,
  importedBy: string | null,
  source: typeof factCheckSources.$inferSelect,
  startedAt: Date,
): Promise<FactCheckSourceReadDto> {
  let fetched: FetchedClaimReviews | null = null;
  let failure: string | null = null;
  try {
    fetched = await fetchClaimReviews(source.url, { since: source.lastSucceededAt });
  } catch (error) {
    // An address that cannot be read is the source's outcome, shown on the desk; anything else is ours, and logged.
    if (error instanceof ValidationError) failure = error.message;
    else {
      logFailure("reading a fact-check source failed", error);
      failure = UNEXPECTED;
    }
  }

  return transaction(ctx, async (tx) => {
    const stored = fetched ? await storeFactChecks(tx.db, fetched.records, importedBy) : { imported: [], skipped: [] };
    const skipped = [...(fetched?.skipped ?? []), ...stored.skipped].sort((a, b) => a.record - b.record);
    const outcome: FactCheckSourceOutcome = fetched
      ? { ok: true, imported: stored.imported.length, skipped: skipped.length, pages: fetched.pages }
      : { ok: false, message: failure ?? UNEXPECTED };
    const changes = {
      kind: fetched?.kind ?? source.kind,
      lastReadAt: startedAt,
      lastSucceededAt: fetched ? startedAt : source.lastSucceededAt,
      lastOutcome: outcome,
      readingUntil: null,
      nextReadAt: source.everyHours ? new Date(startedAt.getTime() + source.everyHours * HOUR_MS) : null,
    };
    // Removed while it was read: what was read is kept all the same.
    const [row] = await tx.db.update(factCheckSources).set(changes).where(eq(factCheckSources.id, source.id)).returning();
    await recordAudit(tx, {
      action: "factcheck.source_read",
      entityType: "fact_check_source",
      entityId: source.id,
      after: { url: source.url, kind: changes.kind, ...outcome, urls: stored.imported.slice(0, 20) },
    });
    return {
      source: toSourceDto(row ?? { ...source, ...changes }, startedAt),
      imported: stored.imported.length,
      skipped,
      failure: outcome.ok ? null : outcome.message,
    };
  });
}
