import { sql } from "drizzle-orm";
import { drafts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import type { DraftDto } from "./draftDto";
import { assertDraftTarget, draftInput, draftKey, toDraftDto } from "./draftRows";
import { words } from "@/lib/core/serviceWords";

/**
 * Keeps what a person has typed in a form of an article they may read, replacing their earlier draft of it. Their
 * own unsaved work, not a change to the newsroom's: not audited, and seen by nobody else.
 */
export const saveDraft = defineVerb(
  { name: "saveDraft", permission: "article:read", input: draftInput, audit: [] },
  async (ctx, data, reader): Promise<DraftDto> => {
    // defineVerb has checked the role; whose article it is, once it is known to exist.
    const claimId = data.form === "text" ? null : data.claimId;
    await assertDraftTarget(ctx.db, data.articleId, claimId);
    const actor = await authorize(ctx, "article:read", await articleResource(ctx.db, data.articleId, reader));
    if (!actor) throw new ValidationError(words("draftsNeedStaff"));
    const row = { userId: actor.id, articleId: data.articleId, key: draftKey(data.form, claimId), claimId, value: data.value, baseVersion: data.baseVersion };
    const [saved] = await ctx.db
      .insert(drafts)
      .values(row)
      .onConflictDoUpdate({ target: [drafts.userId, drafts.articleId, drafts.key], set: { value: row.value, baseVersion: row.baseVersion, updatedAt: sql`now()` } })
      .returning();
    return toDraftDto(saved!);
  },
);
