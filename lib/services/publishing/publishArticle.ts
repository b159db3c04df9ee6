import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { articles, articleVersions, claimSources, claims, verdicts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { parseInput } from "../validation";

const publishSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  changeNote: z.string().trim().max(2000, "Keep the note under 2,000 characters.").default(""),
  isCorrection: z.boolean().default(false),
});

export type PublishResult = { articleId: string; slug: string; number: number; claimCount: number };

/**
 * Publishes the article's current text with its signed-off claims as the next numbered, immutable version.
 * One transaction: readers see all of a version or none of it.
 */
export async function publishArticle(ctx: ServiceContext, input: z.input<typeof publishSchema>): Promise<PublishResult> {
  const actor = authorize(ctx, "article:publish");
  const data = parseInput(publishSchema, input);
  if (data.isCorrection && !data.changeNote) {
    throw new ValidationError("Say what the correction changes: readers see this note.", { changeNote: "Describe the correction." });
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, data.articleId)).for("update");
    if (!article) throw new NotFoundError("That article");

    const rows = await tx
      .select({ claim: claims, verdict: verdicts })
      .from(claims)
      .innerJoin(verdicts, eq(verdicts.id, claims.verdictId))
      .where(and(eq(claims.articleId, article.id), eq(claims.status, "signed_off"), eq(claims.anchorState, "ok"), isNotNull(claims.signedOffAt)))
      .orderBy(asc(claims.anchorStart));
    const claimIds = rows.map((r) => r.claim.id);
    const sources = claimIds.length
      ? await tx.select().from(claimSources).where(inArray(claimSources.claimId, claimIds)).orderBy(asc(claimSources.position))
      : [];
    const scaleSizes = await scaleSizesFor(tx, rows.map((r) => r.verdict));

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
    await tx.insert(articleVersions).values({
      articleId: article.id,
      number,
      title: article.title,
      body: article.body,
      snapshot,
      changeNote: data.changeNote || (number === 1 ? "First published." : ""),
      isCorrection: data.isCorrection,
      publishedBy: actor?.id ?? null,
    });
    await tx.update(articles).set({ publishedVersion: number }).where(eq(articles.id, article.id));
    await recordAudit(tx, ctx, {
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      after: { number, claimCount: published.length, changeNote: data.changeNote, isCorrection: data.isCorrection },
    });
    return { articleId: article.id, slug: article.slug, number, claimCount: published.length };
  });
}

async function scaleSizesFor(
  tx: Tx,
  used: { scaleId: string; scaleVersion: number }[],
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const scaleIds = [...new Set(used.map((v) => v.scaleId))];
  if (!scaleIds.length) return sizes;
  const all = await tx
    .select({ scaleId: verdicts.scaleId, scaleVersion: verdicts.scaleVersion, position: verdicts.position })
    .from(verdicts)
    .where(inArray(verdicts.scaleId, scaleIds));
  for (const v of all) {
    const key = `${v.scaleId}:${v.scaleVersion}`;
    sizes.set(key, Math.max(sizes.get(key) ?? 0, v.position));
  }
  return sizes;
}
