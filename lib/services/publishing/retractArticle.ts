import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { lockArticle } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { bumpPublicGeneration } from "./publicGeneration";
import { MAX_PUBLIC_NOTE_CHARACTERS } from "@/lib/domain/limits";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { publicationKeys } from "@/lib/domain/surrogateKeys";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const retractSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  version: versionField,
  /** The published version the person read before retracting it (the form sends it). */
  publishedVersion: versionField.optional(),
  reason: z
    .string(said("sayWhyRetracted"))
    .trim()
    .min(1, said("sayWhyRetracted"))
    .max(MAX_PUBLIC_NOTE_CHARACTERS, said("keepReasonUnder", { max: MAX_PUBLIC_NOTE_CHARACTERS })),
});

/**
 * Withdraws a published fact-check, with a public reason: its page answers 410 saying when and why, and its content
 * leaves the home page, feed, API and search. The retraction itself stays on the public record (corrections page,
 * feed, version history), also once publishing it again brings it back as a new version.
 */
export const retractArticle = defineVerb(
  {
    name: "retractArticle",
    permission: "article:publish",
    input: retractSchema,
    audit: [{ action: "article.retract", entityType: "article", records: "both" }],
  },
  async (ctx, data, actor): Promise<{ articleId: string; slug: string; retractedAt: Date }> => {
    return transaction(ctx, async (tx) => {
      const article = await lockArticle(tx.db, data.articleId, "update");
      // Already retracted (by a colleague, from a form that is now out of date too): said as such.
      if (article.retractedAt) throw new ValidationError(words("factCheckAlreadyRetracted"));
      if (article.version !== data.version) throw new ConflictError(words("articleChangedBeforeRetraction"));
      if (!article.publishedVersion) throw new ValidationError(words("neverPublished"));
      // A colleague published a new version since the form was opened: the reason was written against the one before.
      if (data.publishedVersion !== undefined && data.publishedVersion !== article.publishedVersion) {
        throw new ConflictError(words("publishedBeforeRetraction", { version: article.publishedVersion }));
      }
      const retractedAt = new Date();
      await tx.db
        .update(articles)
        // A new version of the article: a publish form opened before the retraction names the old one, and is
        // refused rather than bringing the fact-check back unseen (publishArticle skips its "nothing new" check then).
        .set({ retractedAt, retractionReason: data.reason, retractedBy: actor?.id ?? null, version: article.version + 1 })
        .where(eq(articles.id, article.id));
      await tx.db.insert(articleRetractions).values({
        articleId: article.id,
        version: article.publishedVersion,
        reason: data.reason,
        retractedAt,
        retractedBy: actor?.id ?? null,
      });
      await recordAudit(tx, {
        action: "article.retract",
        entityType: "article",
        entityId: article.id,
        before: { publishedVersion: article.publishedVersion, retracted: false },
        after: { retracted: true, reason: data.reason },
      });
      const [shown] = await tx.db
        .select({ claims: sql<PublishedClaim[]>`${articleVersions.snapshot}->'claims'` })
        .from(articleVersions)
        .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, article.publishedVersion)));
      await bumpPublicGeneration(tx, publicationKeys(article.slug, (shown?.claims ?? []).map((claim) => claim.id)));
      return { articleId: article.id, slug: article.slug, retractedAt };
    });
  },
);
