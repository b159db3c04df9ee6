import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import { assertDraftTarget, discardOwnDraft } from "./draftRows";
import { said } from "@/lib/core/zodWords";

const discardSchema = z.discriminatedUnion("form", [
  z.strictObject({ articleId: z.uuid(said("unknownArticle")), form: z.enum(["review", "comment"]), claimId: z.uuid(said("unknownClaim")) }),
  z.strictObject({ articleId: z.uuid(said("unknownArticle")), form: z.literal("text") }),
]);

/** Throws away one's own draft of a form (the person chose to start again from what is saved). Not audited. */
export const discardDraft = defineVerb(
  { name: "discardDraft", permission: "article:read", input: discardSchema, audit: [] },
  async (ctx, data, reader): Promise<{ discarded: true }> => {
    // defineVerb has checked the role; whose article it is, once it is known to exist.
    await assertDraftTarget(ctx.db, data.articleId, data.form === "text" ? null : data.claimId);
    const actor = await authorize(ctx, "article:read", await articleResource(ctx.db, data.articleId, reader));
    await discardOwnDraft(ctx.db, actor?.id, data.articleId, data.form, data.form === "text" ? undefined : data.claimId);
    return { discarded: true };
  },
);
