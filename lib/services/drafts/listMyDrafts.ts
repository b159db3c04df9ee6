import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { drafts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import type { DraftDto } from "./draftDto";
import { assertDraftTarget, toDraftDto } from "./draftRows";
import { said } from "@/lib/core/zodWords";

const listSchema = z.strictObject({ articleId: z.uuid(said("unknownArticle")) });

/** One's own drafts on an article one may read, for the workspace to put back in its forms. */
export const listMyDrafts = defineVerb(
  { name: "listMyDrafts", permission: "article:read", input: listSchema, audit: [] },
  async (ctx, data, reader): Promise<DraftDto[]> => {
    // defineVerb has checked the role; whose article it is, once it is known to exist.
    await assertDraftTarget(ctx.db, data.articleId, null);
    const actor = await authorize(ctx, "article:read", await articleResource(ctx.db, data.articleId, reader));
    if (!actor) return [];
    const rows = await ctx.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.userId, actor.id), eq(drafts.articleId, data.articleId)))
      .orderBy(asc(drafts.key));
    return rows.map(toDraftDto);
  },
);
