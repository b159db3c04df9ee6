import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { defaultClaimantType } from "@/lib/domain/claimants";
import { recordAudit } from "../audit/recordAudit";
import { appearanceUrlField, claimantTypeField, claimRef } from "../fields";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, contentChangeBy, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_CLAIM_CHARACTERS, MAX_NAME_CHARACTERS } from "@/lib/domain/limits";

const editSchema = z.strictObject({
  ...claimRef,
  statement: z.string().trim().min(1, "Write the claim as reviewers will check it.").max(MAX_CLAIM_CHARACTERS, `Keep the statement under ${MAX_CLAIM_CHARACTERS.toLocaleString("en")} characters.`),
  claimant: z.string().trim().max(MAX_NAME_CHARACTERS, `Keep the claimant under ${MAX_NAME_CHARACTERS} characters.`),
  /** Left out: kept for the same claimant; for another one, an organisation when it is the article's outlet, else not said. */
  claimantType: claimantTypeField.optional(),
  /** Left out: kept. */
  appearanceUrl: appearanceUrlField.optional(),
});

/**
 * Changes the claim statement (as reviewers will check it), who made the claim and what kind of claimant that is
 * (asked, never guessed), and where the claim itself was made. A change of any of it is a change of public content.
 */
export const editClaim = defineVerb("editClaim", async (ctx, input: z.input<typeof editSchema>): Promise<ClaimDto> => {
  const actor = await authorize(ctx, "claim:update");
  const data = parseInput(editSchema, input);
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    let claimantType = data.claimantType;
    if (claimantType === undefined) {
      const [article] = await tx.db.select({ outlet: articles.sourceOutlet }).from(articles).where(eq(articles.id, claim.articleId));
      claimantType = data.claimant === claim.claimant ? claim.claimantType : defaultClaimantType(data.claimant, article?.outlet ?? null);
    }
    const appearanceUrl = data.appearanceUrl === undefined ? claim.appearanceUrl : data.appearanceUrl;
    const changed =
      data.statement !== claim.statement || data.claimant !== claim.claimant || claimantType !== claim.claimantType || appearanceUrl !== claim.appearanceUrl;
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { statement: data.statement, claimant: data.claimant, claimantType, appearanceUrl, ...(changed ? contentChangeBy(claim, actor?.id ?? null) : {}) },
      actor?.id ?? null,
    );
    await recordAudit(tx, {
      action: "claim.edit",
      entityType: "claim",
      entityId: claim.id,
      before: { statement: claim.statement, claimant: claim.claimant, claimantType: claim.claimantType, appearanceUrl: claim.appearanceUrl, status: claim.status },
      after: { statement: updated.statement, claimant: updated.claimant, claimantType: updated.claimantType, appearanceUrl: updated.appearanceUrl, status: updated.status },
    });
    return toClaimDto(updated);
  });
});
