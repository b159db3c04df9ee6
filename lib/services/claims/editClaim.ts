import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles } from "@/db/schema";
import { defaultClaimantType } from "@/lib/domain/claimants";
import { recordAudit } from "../audit/recordAudit";
import { appearanceUrlField, claimantTypeField, claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, contentChangeBy, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_CLAIM_CHARACTERS, MAX_NAME_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

const editSchema = z.strictObject({
  ...claimRef,
  statement: z.string().trim().min(1, said("writeTheClaim")).max(MAX_CLAIM_CHARACTERS, said("keepStatementUnder", { max: MAX_CLAIM_CHARACTERS })),
  claimant: z.string().trim().max(MAX_NAME_CHARACTERS, said("keepClaimantUnder", { max: MAX_NAME_CHARACTERS })),
  /** Left out: kept for the same claimant; for another one, an organisation when it is the article's outlet, else not said. */
  claimantType: claimantTypeField.optional(),
  /** Left out: kept. */
  appearanceUrl: appearanceUrlField.optional(),
});

/**
 * Changes the claim statement (as reviewers will check it), who made the claim and what kind of claimant that is
 * (asked, never guessed), and where the claim itself was made. A change of any of it is a change of public content.
 */
export const editClaim = defineVerb({
  name: "editClaim",
  permission: "claim:update",
  input: editSchema,
  audit: [{ action: "claim.edit", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
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
