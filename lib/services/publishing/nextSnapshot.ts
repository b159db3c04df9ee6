import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { claims, claimSources, ratingScales, users, verdicts, type ApprovedClaim, type Article, type Claim, type Verdict } from "@/db/schema";
import { detectArticleLanguage } from "@/lib/domain/articleLanguage";
import { publishedContentOf } from "@/lib/domain/publishable";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { publishStamp } from "@/lib/domain/publishStamp";
import { publicStaffName, verdictAuthorIds } from "@/lib/domain/verdictCredit";
import { verdictWordsIn } from "@/lib/domain/verdictWords";
import { GIVEN_NOW } from "../ratingScales/scaleRows";

export type NextSnapshot = {
  snapshot: PublishedSnapshot;
  /** Fingerprint of the claims it includes (ids and versions), as the workspace computes it. */
  stamp: string;
};

/**
 * The version publishing would make now: the article's text with every claim that has approved content — its
 * current content when signed off, the content last signed off while it is reviewed again — in reading order — and
 * the article's language (detected from the text when the desk has none), each verdict as the scale names it now, in
 * that language when the scale has it so (lib/domain/verdictWords.ts), else in the scale's own words with the language
 * they are written in, so a review's words and its ClaimReview's inLanguage agree, and pages mark them truly.
 */
export async function nextSnapshot(db: Queryable, article: Article): Promise<NextSnapshot> {
  const rows = await db
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, article.id), ne(claims.status, "dismissed")))
    .orderBy(asc(claims.anchorStart), asc(claims.anchorEnd));
  const chosen = rows.flatMap((claim) => {
    const which = publishedContentOf(claim);
    return which ? [{ claim, which }] : [];
  });
  const verdictIds = [...new Set(chosen.map(({ claim, which }) => (which === "current" ? claim.verdictId! : claim.approved!.verdictId)))];
  const currentIds = chosen.filter((c) => c.which === "current").map((c) => c.claim.id);
  const [verdictRows, sourceRows] = await Promise.all([
    verdictIds.length ? asOnTheScaleNow(db, verdictIds) : Promise.resolve(new Map<string, Verdict>()),
    currentIds.length
      ? db.select().from(claimSources).where(inArray(claimSources.claimId, currentIds)).orderBy(asc(claimSources.position))
      : Promise.resolve([]),
  ]);
  const contents = chosen.map(({ claim, which }) => ({ claim, content: which === "current" ? currentContent(claim, sourceRows) : claim.approved! }));
  // Content approved before its authors were recorded credits the reviewer it had then.
  const authorsOf = (content: ApprovedClaim) => content.verdictAuthorIds ?? (content.reviewerId ? [content.reviewerId] : []);
  const [{ scaleSizes, bestTruthRanks }, scaleLanguages, names] = await Promise.all([
    scaleSizesFor(db, [...verdictRows.values()]),
    scaleLanguagesOf(db, [...verdictRows.values()]),
    publicNames(db, contents.flatMap(({ content }) => [...authorsOf(content), content.signedOffBy])),
  ]);
  const verdictById = verdictRows;
  const language = article.language ?? detectArticleLanguage(article.body);
  const published: PublishedClaim[] = contents.flatMap(({ claim, content }) => {
    const verdict = verdictById.get(content.verdictId);
    if (!verdict) return [];
    return [
      {
        id: claim.id,
        number: claim.number,
        start: claim.anchorStart,
        end: claim.anchorEnd,
        quote: claim.quote,
        statement: content.statement,
        claimant: content.claimant,
        // Approved before the desk asked the claimant's kind: the claim's, while the claimant is the same one.
        claimantType: content.claimantType !== undefined ? content.claimantType : content.claimant === claim.claimant ? claim.claimantType : null,
        appearanceUrl: content.appearanceUrl ?? null,
        verdict: {
          ...verdictWordsIn(verdict, language),
          ...(scaleLanguages.has(verdict.scaleId) ? { scaleLanguage: scaleLanguages.get(verdict.scaleId)! } : {}),
          colour: verdict.colour,
          position: verdict.position,
          scaleSize: scaleSizes.get(`${verdict.scaleId}:${verdict.scaleVersion}`) ?? verdict.position,
          scaleVersion: verdict.scaleVersion,
          lineageId: verdict.lineageId,
          truthRank: verdict.truthRank,
          bestTruthRank: bestTruthRanks.get(`${verdict.scaleId}:${verdict.scaleVersion}`) ?? null,
        },
        explanation: content.explanation,
        sources: content.sources,
        verdictBy: authorsOf(content).flatMap((id) => names.get(id) ?? []),
        approvedBy: names.get(content.signedOffBy ?? "") ?? null,
        reviewedAt: content.signedOffAt,
      },
    ];
  });
  return {
    snapshot: {
      title: article.title,
      body: article.body,
      source: { outlet: article.sourceOutlet, url: article.sourceUrl, author: article.originalAuthor, publishedOn: article.originalPublishedOn },
      claims: published,
      language,
    },
    stamp: publishStamp(chosen.map((c) => c.claim)),
  };
}

/**
 * Each verdict as the rating scale names it now: the same verdict (by lineage) in the scale's current version, unless
 * it has been retired there (then as it was rated). A version names one verdict one way, in its language: a verdict
 * renamed or translated since a claim was approved is published under its new name, never beside its old one.
 */
async function asOnTheScaleNow(db: Queryable, ids: string[]): Promise<Map<string, Verdict>> {
  const rated = await db.select().from(verdicts).where(inArray(verdicts.id, ids));
  if (!rated.length) return new Map();
  const current = await db
    .select({ verdict: verdicts })
    .from(verdicts)
    .innerJoin(ratingScales, GIVEN_NOW)
    .where(inArray(verdicts.lineageId, [...new Set(rated.map((v) => v.lineageId))]));
  const byLineage = new Map(current.map(({ verdict }) => [`${verdict.scaleId}:${verdict.lineageId}`, verdict]));
  return new Map(rated.map((v) => [v.id, byLineage.get(`${v.scaleId}:${v.lineageId}`) ?? v]));
}

/** The language each scale's own words are written in, by scale id. */
async function scaleLanguagesOf(db: Queryable, used: { scaleId: string }[]): Promise<Map<string, string>> {
  const ids = [...new Set(used.map((v) => v.scaleId))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: ratingScales.id, language: ratingScales.language }).from(ratingScales).where(inArray(ratingScales.id, ids));
  return new Map(rows.map(({ id, language }) => [id, language]));
}

/** A signed-off claim's content as it is now, in the shape of what was approved. */
export function currentContent(claim: Claim, sources: { claimId: string; url: string; title: string }[]) {
  return {
    statement: claim.statement,
    claimant: claim.claimant,
    claimantType: claim.claimantType,
    appearanceUrl: claim.appearanceUrl,
    quote: claim.quote,
    verdictId: claim.verdictId!,
    explanation: claim.publicExplanation,
    sources: sources.filter((s) => s.claimId === claim.id).map(({ url, title }) => ({ url, title })),
    signedOffAt: (claim.signedOffAt ?? claim.updatedAt).toISOString(),
    signedOffBy: claim.signedOffBy,
    reviewerId: claim.reviewerId,
    verdictAuthorIds: verdictAuthorIds(claim),
  };
}

/** The display names readers may see of these staff members (lib/domain/verdictCredit.ts: never an e-mail address). */
async function publicNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.flatMap(({ id, name }) => (publicStaffName(name) ? [[id, publicStaffName(name)!] as const] : [])));
}

/**
 * Per scale version: its size as readers see it (the last position still given) and its highest place on the truth
 * scale (ClaimReview's bestRating), retired verdicts included there, since claims rated with them still publish it.
 */
async function scaleSizesFor(
  db: Queryable,
  used: { scaleId: string; scaleVersion: number }[],
): Promise<{ scaleSizes: Map<string, number>; bestTruthRanks: Map<string, number> }> {
  const scaleSizes = new Map<string, number>();
  const bestTruthRanks = new Map<string, number>();
  const scaleIds = [...new Set(used.map((v) => v.scaleId))];
  if (!scaleIds.length) return { scaleSizes, bestTruthRanks };
  const all = await db
    .select({ scaleId: verdicts.scaleId, scaleVersion: verdicts.scaleVersion, position: verdicts.position, retired: verdicts.retired, truthRank: verdicts.truthRank })
    .from(verdicts)
    .where(inArray(verdicts.scaleId, scaleIds));
  for (const v of all) {
    const key = `${v.scaleId}:${v.scaleVersion}`;
    // Retired verdicts come last and are not given any more: the scale's size is its last verdict still given.
    if (!v.retired) scaleSizes.set(key, Math.max(scaleSizes.get(key) ?? 0, v.position));
    if (v.truthRank !== null) bestTruthRanks.set(key, Math.max(bestTruthRanks.get(key) ?? 0, v.truthRank));
  }
  return { scaleSizes, bestTruthRanks };
}
