import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, articleVersions, claimSources, claims, verdicts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { publishStamp } from "@/lib/domain/publishStamp";
import { lockArticle } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { PublishResult } from "./publishedDto";

const publishSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  /** The article version and text revision the editor was shown, and the fingerprint of the claims it showed. */
  version: versionField,
  textRevision: versionField,
  publishStamp: z.string().min(1).max(100),
  changeNote: z.string().trim().max(2000, "Keep the note under 2,000 characters.").default(""),
  isCorrection: z.boolean().default(false),
});

export type PublishInput = z.input<typeof publishSchema>;

const CHANGED_SINCE =
  "The article or its signed-off claims changed since you opened this page, so nothing was published. Reload to see what changed, then publish again.";

/**
 * Publishes the article's current text with its signed-off claims as the next numbered, immutable version, provided
 * they are what the editor was shown. One transaction: readers see all of a version or none of it.
 */
export const publishArticle = defineVerb("publishArticle", async (ctx, input: PublishInput): Promise<PublishResult> => {
  const actor = await authorize(ctx, "article:publish");
  const data = parseInput(publishSchema, input);
  if (data.isCorrection && !data.changeNote) {
    throw new ValidationError("Say what the correction changes: readers see this note.", { changeNote: "Describe the correction." });
  }
  return transaction(ctx, async (tx) => {
    const article = await lockArticle(tx.db, data.articleId, "update");
    if (article.version !== data.version || article.textRevision !== data.textRevision) throw new ConflictError(CHANGED_SINCE);

    const rows = await tx.db
      .select({ claim: claims, verdict: verdicts })
      .from(claims)
      .innerJoin(verdicts, eq(verdicts.id, claims.verdictId))
      .where(and(eq(claims.articleId, article.id), eq(claims.status, "signed_off"), eq(claims.anchorState, "ok"), isNotNull(claims.signedOffAt)))
      .orderBy(asc(claims.anchorStart));
    if (publishStamp(rows.map((r) => r.claim)) !== data.publishStamp) throw new ConflictError(CHANGED_SINCE);
    const claimIds = rows.map((r) => r.claim.id);
    const sources = claimIds.length
      ? await tx.db.select().from(claimSources).where(inArray(claimSources.claimId, claimIds)).orderBy(asc(claimSources.position))
      : [];
    const scaleSizes = await scaleSizesFor(tx.db, rows.map((r) => r.verdict));

    const published: PublishedClaim[] = rows.map(({ claim, verdict }) => ({
      id: claim.id,
      start: claim.anchorStart,
      end: claim.anchorEnd,
      quote: claim.quote,
      statement: claim.statement,
      claimant: claim.claimant,
      verdict: {
        label: verdict.label,
        description: verdict.description,
        colour: verdict.colour,
        position: verdict.position,
        scaleSize: scaleSizes.get(`${verdict.scaleId}:${verdict.scaleVersion}`) ?? verdict.position,
      },
      explanation: claim.publicExplanation,
      sources: sources.filter((s) => s.claimId === claim.id).map((s) => ({ url: s.url, title: s.title })),
      reviewedAt: (claim.signedOffAt ?? claim.updatedAt).toISOString(),
    }));
    const snapshot: PublishedSnapshot = {
      title: article.title,
      body: article.body,
      source: {
        outlet: article.sourceOutlet,
        url: article.sourceUrl,
        author: article.originalAuthor,
        publishedOn: article.originalPublishedOn,
      },
      claims: published,
    };

    const number = (article.publishedVersion ?? 0) + 1;
    const changeNote = data.changeNote || (number === 1 ? "First published." : "");
    await tx.db.insert(articleVersions).values({
      articleId: article.id,
      number,
      title: article.title,
      body: article.body,
      snapshot,
      changeNote,
      isCorrection: data.isCorrection,
      publishedBy: actor?.id ?? null,
    });
    await tx.db.update(articles).set({ publishedVersion: number }).where(eq(articles.id, article.id));
    await recordAudit(tx, {
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      before: { publishedVersion: article.publishedVersion },
      after: { number, claimCount: published.length, changeNote, isCorrection: data.isCorrection },
    });
    return { articleId: article.id, slug: article.slug, number, claimCount: published.length };
  });
});

async function scaleSizesFor(db: Queryable, used: { scaleId: string; scaleVersion: number }[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const scaleIds = [...new Set(used.map((v) => v.scaleId))];
  if (!scaleIds.length) return sizes;
  const all = await db
    .select({ scaleId: verdicts.scaleId, scaleVersion: verdicts.scaleVersion, position: verdicts.position })
    .from(verdicts)
    .where(inArray(verdicts.scaleId, scaleIds));
  for (const v of all) {
    const key = `${v.scaleId}:${v.scaleVersion}`;
    sizes.set(key, Math.max(sizes.get(key) ?? 0, v.position));
  }
  return sizes;
}
