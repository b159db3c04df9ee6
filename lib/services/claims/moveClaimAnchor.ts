import { z } from "zod";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { createAnchor } from "@/lib/domain/anchoring";
import { lockArticleOfClaim } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, contentChangeBy, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";

const moveSchema = z.strictObject({
  ...claimRef,
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  textRevision: z.coerce.number().int().positive(),
});

/**
 * Confirms or re-attaches a claim's place in the current text: after "source text changed" the editor checks the
 * span (or selects a new one for an orphaned claim) and the flag is cleared.
 */
export const moveClaimAnchor = defineVerb({
  name: "moveClaimAnchor",
  permission: "claim:update",
  input: moveSchema,
  audit: [{ action: "claim.anchor", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const article = await lockArticleOfClaim(tx.db, data.claimId, "share");
    const claim = await lockClaim(tx.db, data.claimId);
    if (article.textRevision !== data.textRevision) throw new ConflictError(words("textChangedSelectSpan"));
    if (data.end <= data.start || data.end > article.body.length || !article.body.slice(data.start, data.end).trim()) {
      throw new ValidationError(words("selectTextForThisClaim"));
    }
    const anchor = createAnchor(article.body, data.start, data.end);
    // A signed-off claim whose words moved, changed or were chosen anew was approved for other words.
    const spanChanged = claim.anchorState !== "ok" || anchor.start !== claim.anchorStart || anchor.end !== claim.anchorEnd || anchor.quote !== claim.quote;
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchorState: "ok",
        ...(spanChanged ? contentChangeBy(claim, actor?.id ?? null) : {}),
      },
      actor?.id ?? null,
    );
    await recordAudit(tx, {
      action: "claim.anchor",
      entityType: "claim",
      entityId: claim.id,
      before: { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, anchorState: claim.anchorState, status: claim.status },
      after: { start: updated.anchorStart, end: updated.anchorEnd, quote: updated.quote, anchorState: updated.anchorState, status: updated.status },
    });
    return toClaimDto(updated);
  });
});
