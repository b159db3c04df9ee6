import { eq } from "drizzle-orm";
import { z } from "zod";
import { claims } from "@/db/schema";
import { authorize, can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import type { ConversationDto } from "./commentDto";
import { claimComments, toCommentDto } from "./commentRows";
import { mentionableColleagues } from "./mentions";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const listSchema = z.strictObject({ claimId: z.uuid(said("unknownClaim")) });

/** A claim's internal conversation, oldest first, for whoever may read the claim's article. Never shown to readers. */
export const listClaimComments = defineVerb({
  name: "listClaimComments",
  permission: "article:read",
  input: listSchema,
  audit: [],
}, async (ctx, data, reader): Promise<ConversationDto> => {
  const [claim] = await ctx.db
    .select({ id: claims.id, articleId: claims.articleId, reviewerId: claims.reviewerId })
    .from(claims)
    .where(eq(claims.id, data.claimId));
  if (!claim) throw new NotFoundError(words("claimNotFound"));
  const actor = await authorize(ctx, "article:read", await articleResource(ctx.db, claim.articleId, reader));
  const mayComment = Boolean(ctx.system) || can(actor, "comment:create", claim);
  const [rows, colleagues] = await Promise.all([claimComments(ctx.db, claim.id), mentionableColleagues(ctx.db, claim.articleId)]);
  return {
    claimId: claim.id,
    comments: rows.map((row) => toCommentDto(row, actor, mayComment)),
    canComment: mayComment,
    mentionable: colleagues.map(({ displayName, handle }) => ({ displayName, handle })),
  };
});
