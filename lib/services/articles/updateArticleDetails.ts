import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions, claims } from "@/db/schema";
import { ConflictError } from "@/lib/core/errors";
import { textSearchConfig } from "@/lib/domain/textSearchConfig";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { versionLanguage } from "../publishing/publicQuery";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { articleLanguage, articleSourceFields, articleTitle } from "./articleFields";
import { lockArticle } from "./articleLocks";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const detailsSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  version: versionField,
  title: articleTitle,
  ...articleSourceFields,
  /** Left as it is when not given; empty or null: unknown. */
  language: articleLanguage.optional(),
});

/** Changes the article's title, source details and language (not its text). */
export const updateArticleDetails = defineVerb(
  {
    name: "updateArticleDetails",
    permission: "article:update",
    input: detailsSchema,
    audit: [{ action: "article.update_details", entityType: "article", records: "both" }],
  },
  async (ctx, { articleId, version, ...fields }, actor): Promise<{ articleId: string; version: number }> => {
    return transaction(ctx, async (tx) => {
      const article = await lockArticle(tx.db, articleId, "update");
      if (article.version !== version) throw new ConflictError(words("articleChanged"));
      const searchConfig = fields.language === undefined ? article.searchConfig : textSearchConfig(fields.language);
      await tx.db
        .update(articles)
        .set({ ...fields, searchConfig, version: version + 1, updatedAt: new Date(), updatedBy: actor?.id ?? null })
        .where(eq(articles.id, articleId));
      if (searchConfig !== article.searchConfig) {
        // Claims are searched in their article's language, so their search vectors are rebuilt too (locked in id
        // order, as every verb locks claims; their version stays: nothing an editor wrote changed).
        await tx.db.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.id)).for("update");
        await tx.db.update(claims).set({ searchConfig }).where(eq(claims.articleId, articleId));
        // A published version that records no language is read in its article's (only publishing, which locks the
        // article as this does, writes versions).
        await tx.db
          .update(articleVersions)
          .set({ searchConfig })
          .where(and(eq(articleVersions.articleId, articleId), isNull(versionLanguage)));
      }
      const { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn, language } = article;
      await recordAudit(tx, {
        action: "article.update_details",
        entityType: "article",
        entityId: articleId,
        before: { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn, language },
        after: { ...fields, language: fields.language === undefined ? language : fields.language },
      });
      return { articleId, version: version + 1 };
    });
  },
);
