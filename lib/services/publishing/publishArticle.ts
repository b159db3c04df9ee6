import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions, organisation } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { keepLegacyNumbers } from "@/lib/domain/claimAnchors";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { FIRST_PUBLISHED_NOTE } from "@/lib/domain/changeNotes";
import { interfaceLanguageOr } from "@/lib/domain/interfaceLanguages";
import { dateReviews } from "@/lib/domain/reviewDates";
import { diffSnapshots } from "@/lib/domain/snapshotDiff";
import { textSearchConfig } from "@/lib/domain/textSearchConfig";
import { lockArticle } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { nextSnapshot } from "./nextSnapshot";
import { bumpPublicGeneration } from "./publicGeneration";
import type { PublishResult } from "./publishedDto";
import { MAX_PUBLIC_NOTE_CHARACTERS } from "@/lib/domain/limits";
import { publicationKeys } from "@/lib/domain/surrogateKeys";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";
import { versionLanguage } from "./publicQuery";

const publishSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  /** The article version and text revision the editor was shown, and the fingerprint of the claims it showed. */
  version: versionField,
  textRevision: versionField,
  publishStamp: z.string().min(1).max(100),
  changeNote: z.string().trim().max(MAX_PUBLIC_NOTE_CHARACTERS, said("keepNoteUnder", { max: MAX_PUBLIC_NOTE_CHARACTERS })).default(""),
  isCorrection: z.boolean().default(false),
});

export type PublishInput = z.input<typeof publishSchema>;

export const CHANGED_SINCE =
  words("changedBeforePublishing");

/**
 * Publishes the article's current text with its approved claims as the next numbered, immutable version, provided
 * they are what the editor was shown. From version 2 on, a note says what changed (a correction is shown to readers
 * as such). A version identical to the public one is refused; publishing a retracted article brings it back. One
 * transaction: readers see all of a version or none of it.
 */
export const publishArticle = defineVerb({
  name: "publishArticle",
  permission: "article:publish",
  input: publishSchema,
  audit: [{ action: "article.publish", entityType: "article", records: "both" }],
}, async (ctx, data, actor): Promise<PublishResult> => {
  return transaction(ctx, async (tx) => {
    const article = await lockArticle(tx.db, data.articleId, "update");
    if (article.version !== data.version || article.textRevision !== data.textRevision) throw new ConflictError(CHANGED_SINCE);
    const next = await nextSnapshot(tx.db, article);
    if (next.stamp !== data.publishStamp) throw new ConflictError(CHANGED_SINCE);

    const number = (article.publishedVersion ?? 0) + 1;
    if (number > 1 && !data.changeNote) {
      throw new ValidationError(words("sayWhatChanged"), { changeNote: words("describeWhatChanged") });
    }
    if (!article.retractedAt && article.publishedVersion) {
      const [current] = await tx.db
        .select({ snapshot: articleVersions.snapshot })
        .from(articleVersions)
        .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, article.publishedVersion)));
      if (current && diffSnapshots(current.snapshot as PublishedSnapshot, next.snapshot).identical) {
        throw new ValidationError(words("nothingNewToPublish", { version: String(article.publishedVersion) }));
      }
    }

    // Claims are numbered in reading order; links made to them under the numbers of older versions keep working.
    const earlier = await tx.db
      .select({
        numbering: sql<string | null>`${articleVersions.snapshot}->>'numbering'`,
        claims: sql<PublishedClaim[]>`${articleVersions.snapshot}->'claims'`,
        language: versionLanguage,
        publishedAt: articleVersions.publishedAt,
      })
      .from(articleVersions)
      .where(eq(articleVersions.articleId, article.id))
      .orderBy(desc(articleVersions.number));
    const numbered = keepLegacyNumbers(next.snapshot, earlier.map((v) => ({ numbering: v.numbering ?? undefined, claims: v.claims })));
    // An unchanged review keeps the date it was first published; a changed one gets this version's as its modified date.
    const publishedAt = new Date();
    // The newsroom's language as it is now, for what a review's own words do not tell (its ClaimReview's inLanguage):
    // a later change of the newsroom's language does not change what this version says.
    const [newsroom] = await tx.db.select({ language: organisation.interfaceLanguage }).from(organisation).where(eq(organisation.id, 1));
    const newsroomLanguage = interfaceLanguageOr(newsroom?.language);
    const dated = dateReviews(earlier, numbered.claims, publishedAt, numbered.language ?? null);
    const snapshot: PublishedSnapshot = { ...numbered, claims: dated.map((claim) => ({ ...claim, newsroomLanguage })) };

    const changeNote = data.changeNote || FIRST_PUBLISHED_NOTE;
    await tx.db.insert(articleVersions).values({
      articleId: article.id,
      number,
      title: article.title,
      body: article.body,
      snapshot,
      changeNote,
      isCorrection: number > 1 && data.isCorrection,
      publishedBy: actor?.id ?? null,
      publishedAt,
      // Readers' search reads it in its language; one it does not record is read in its article's (kept with it).
      searchConfig: snapshot.language ? textSearchConfig(snapshot.language) : article.searchConfig,
    });
    await tx.db
      .update(articles)
      .set({ publishedVersion: number, retractedAt: null, retractionReason: null, retractedBy: null })
      .where(eq(articles.id, article.id));
    await recordAudit(tx, {
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      before: { publishedVersion: article.publishedVersion, retracted: article.retractedAt !== null },
      after: { number, claimCount: next.snapshot.claims.length, changeNote, isCorrection: number > 1 && data.isCorrection },
    });
    // The claims it shows now and those the version it replaces showed (also while retracted: their embeds say so).
    const replaced = earlier[0]?.claims ?? [];
    await bumpPublicGeneration(tx, publicationKeys(article.slug, [...snapshot.claims, ...replaced].map((claim) => claim.id)));
    return { articleId: article.id, slug: article.slug, number, claimCount: next.snapshot.claims.length };
  });
});
