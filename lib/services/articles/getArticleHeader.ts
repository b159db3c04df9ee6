import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { defineVerb } from "../verb";
import { articleResource } from "./articleAccess";
import type { ArticleHeaderDto } from "./deskArticleDto";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

/** An article's id, title and slug for the desk (its page title, and a 404 before anything streams). */
export const getArticleHeader = defineVerb({
  name: "getArticleHeader",
  permission: "article:read",
  input: z.uuid(said("unknownArticle")),
  audit: [],
}, async (ctx, id, actor): Promise<ArticleHeaderDto> => {
  const [article] = await ctx.db.select({ id: articles.id, title: articles.title, slug: articles.slug }).from(articles).where(eq(articles.id, id));
  if (!article) throw new NotFoundError(words("articleNotFound"));
  await authorize(ctx, "article:read", await articleResource(ctx.db, id, actor));
  return article;
});
