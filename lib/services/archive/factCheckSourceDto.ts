import type { factCheckSources, FactCheckSourceOutcome } from "@/db/schema";
import type { SkippedRecord } from "@/lib/domain/claimReviewImport";
import type { SourceKind } from "./fetchClaimReviews";

/** An address the archive reads ClaimReviews from, as the desk lists it. Times are ISO strings. */
export type FactCheckSourceDto = {
  id: string;
  url: string;
  /** What it held when last read; null before its first read. */
  kind: SourceKind | null;
  /** How often the schedule reads it; null: only when someone asks. */
  everyHours: number | null;
  nextReadAt: string | null;
  lastReadAt: string | null;
  /** An instance is reading it now. */
  reading: boolean;
  lastOutcome: FactCheckSourceOutcome | null;
};

/** What one read of a source did: what it imported and left out, or why it could not be read (`failure`). */
export type FactCheckSourceReadDto = {
  source: FactCheckSourceDto;
  imported: number;
  skipped: SkippedRecord[];
  failure: string | null;
};

/** The desk's view of a source's row at `now`. */
export function toSourceDto(row: typeof factCheckSources.$inferSelect, now: Date): FactCheckSourceDto {
  return {
    id: row.id,
    url: row.url,
    kind: row.kind,
    everyHours: row.everyHours,
    nextReadAt: row.nextReadAt?.toISOString() ?? null,
    lastReadAt: row.lastReadAt?.toISOString() ?? null,
    reading: Boolean(row.readingUntil && row.readingUntil > now),
    lastOutcome: row.lastOutcome,
  };
}
