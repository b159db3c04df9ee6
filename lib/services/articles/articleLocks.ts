import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { articles, claims, type Article } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { words } from "@/lib/core/serviceWords";

// The lock order every verb keeps: the article's row first, then its claims in id order. Verbs that anchor claims
// to the text share the article's lock (so none of them reads a text that a revision is replacing); verbs that
// change the article itself take it alone.

export type LockStrength = "share" | "update";

/** Reads an article and locks its row: "share" to anchor claims to its text, "update" to change it. */
export async function lockArticle(db: Queryable, articleId: string, strength: LockStrength): Promise<Article> {
  const [article] = await db.select().from(articles).where(eq(articles.id, articleId)).for(strength);
  if (!article) throw new NotFoundError(words("articleNotFound"));
  return article;
}

/** The article a claim belongs to, locked as lockArticle does; NotFoundError when the claim is gone. */
export async function lockArticleOfClaim(db: Queryable, claimId: string, strength: LockStrength): Promise<Article> {
  const owner = db.select({ id: claims.articleId }).from(claims).where(eq(claims.id, claimId));
  const [article] = await db.select().from(articles).where(inArray(articles.id, owner)).for(strength);
  if (!article) throw new NotFoundError(words("claimNotFound"));
  return article;
}
