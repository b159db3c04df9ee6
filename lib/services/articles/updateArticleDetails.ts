import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles } from "@/db/schema";
import { ConflictError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { articleSourceFields, articleTitle } from "./articleFields";
import { lockArticle } from "./articleLocks";

const detailsSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  version: versionField,
  title: articleTitle,
  ...articleSourceFields,
});

/** Changes the article's title and source details (not its text). */
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
      if (article.version !== version) throw new ConflictError("Someone else changed this article in the meantime. Reload to see their change.");
      await tx.db.update(articles).set({ ...fields, version: version + 1, updatedAt: new Date(), updatedBy: actor?.id ?? null }).where(eq(articles.id, articleId));
      const { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn } = article;
      await recordAudit(tx, {
        action: "article.update_details",
        entityType: "article",
        entityId: articleId,
        before: { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn },
        after: fields,
      });
      return { articleId, version: version + 1 };
    });
  },
);
