import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { articles, claims, users } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { isOpenClaim } from "../claims/openClaims";
import { defineVerb } from "../verb";
import type { OpenClaimsOfDto } from "./openClaimsOfDto";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const openClaimsSchema = z.strictObject({ userId: z.uuid(said("unknownUser")) });

/** For the admin: the claims still waiting for this staff member's work, and the active staff who could take them. */
export const listOpenClaimsOf = defineVerb({
  name: "listOpenClaimsOf",
  permission: "user:manage",
  input: openClaimsSchema,
  audit: [],
}, async (ctx, data): Promise<OpenClaimsOfDto> => {
  const [user] = await ctx.db.select({ id: users.id, displayName: users.displayName, active: users.active }).from(users).where(eq(users.id, data.userId));
  if (!user) throw new NotFoundError(words("userNotFound"));
  const [open, reviewers] = await Promise.all([
    ctx.db
      .select({
        id: claims.id,
        version: claims.version,
        number: claims.number,
        statement: claims.statement,
        articleId: claims.articleId,
        articleTitle: articles.title,
        dueOn: claims.dueOn,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(eq(claims.reviewerId, user.id), isOpenClaim()))
      .orderBy(asc(claims.dueOn), asc(articles.title), asc(claims.number)),
    ctx.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.active, true), ne(users.id, user.id)))
      .orderBy(asc(users.displayName)),
  ]);
  return { user, claims: open, reviewers };
});
