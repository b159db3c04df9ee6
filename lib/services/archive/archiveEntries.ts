import { and, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { articles, articleVersions, factChecks, publicState } from "@/db/schema";
import { claimFragment } from "@/lib/domain/claimReview";
import { latestVersionJoin, notRetracted, versionClaimColumns } from "../publishing/publicQuery";
import type { ArchiveEntryDto } from "./matchDto";

/** An archive entry with what copying it into a review needs (the matcher reads the statement; no title: news headlines would mislead it). */
export type ArchiveEntry = ArchiveEntryDto & {
  title: string;
  explanation: string;
  sources: { url: string; title: string }[];
};

export const OWN_PREFIX = "own:";
export const IMPORTED_PREFIX = "fc:";

/**
 * A stamp that changes whenever the archive does: a publication or retraction (the public generation) or an
 * import (the archive generation). One single-row read decides whether a cached index is fresh.
 */
export async function archiveStamp(db: Queryable): Promise<string> {
  const [state] = await db.select({ generation: publicState.generation, archive: publicState.archiveGeneration }).from(publicState);
  return `${state?.generation ?? 0}:${state?.archive ?? 0}`;
}

/** Marks the archive as changed (an import): taken last in the transaction, like the public generation. */
export async function bumpArchiveGeneration(db: Queryable): Promise<void> {
  await db
    .insert(publicState)
    .values({ id: 1, archiveGeneration: 2 })
    .onConflictDoUpdate({ target: publicState.id, set: { archiveGeneration: sql`${publicState.archiveGeneration} + 1` } });
}

/**
 * Every entry of the archive: the claims readers see now (current versions of articles that are not retracted)
 * and every imported fact-check. `organisation` names the newsroom as the publisher of its own.
 */
export async function loadArchiveEntries(db: Queryable, organisation: string): Promise<ArchiveEntry[]> {
  const [versions, imported] = await Promise.all([
    db.select(versionClaimColumns).from(articles).innerJoin(articleVersions, latestVersionJoin).where(and(notRetracted)),
    db.select().from(factChecks).orderBy(sql`${factChecks.importedAt}`),
  ]);
  const own = versions.flatMap(({ slug, publishedAt, claims, language }) =>
    claims.map(
      (claim, index): ArchiveEntry => ({
        key: `${OWN_PREFIX}${claim.id}`,
        origin: "own",
        statement: claim.statement,
        claimant: claim.claimant || null,
        publisher: organisation,
        rating: claim.verdict.label,
        ratingColour: claim.verdict.colour,
        publishedOn: new Date(publishedAt).toISOString().slice(0, 10),
        url: `/articles/${slug}#${claimFragment(claim, index)}`,
        language,
        title: "",
        explanation: claim.explanation,
        sources: claim.sources,
      }),
    ),
  );
  const others = imported.map(
    (row): ArchiveEntry => ({
      key: `${IMPORTED_PREFIX}${row.id}`,
      origin: "imported",
      statement: row.claim,
      claimant: row.claimant,
      publisher: row.publisher,
      rating: row.rating,
      ratingColour: null,
      publishedOn: row.publishedOn,
      url: row.url,
      language: row.language,
      title: "",
      explanation: "",
      sources: [],
    }),
  );
  return [...own, ...others];
}

/** The entry without what only the server needs. */
export function toArchiveEntryDto({ title: _title, explanation: _explanation, sources: _sources, ...dto }: ArchiveEntry): ArchiveEntryDto {
  return dto;
}
