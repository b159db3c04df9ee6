import { z } from "zod";
import { claims } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { splitAnchor } from "@/lib/domain/anchoring";
import { lockArticleOfClaim } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { allocateClaimNumbers, anchorOf, authorsSinceSignOff, lockClaim, contentChangeBy, updateClaimAtVersion, withAuthor } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";

const splitSchema = z.strictObject({ ...claimRef, at: z.coerce.number().int().min(0) });

/** Splits a claim in two at an offset of the article text; the second part starts its own workflow. */
export const splitClaim = defineVerb({
  name: "splitClaim",
  permission: "claim:update",
  input: splitSchema,
  audit: [{ action: "claim.split", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<[ClaimDto, ClaimDto]> => {
  return transaction(ctx, async (tx) => {
    const article = await lockArticleOfClaim(tx.db, data.claimId, "share");
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.anchorState === "orphaned") throw new ValidationError(words("orphanedCannotSplit"));
    let parts;
    try {
      parts = splitAnchor(article.body, anchorOf(claim), data.at);
    } catch {
      throw new ValidationError(words("chooseSplitPlace"));
    }
    const [left, right] = parts;
    const statementFollowsQuote = claim.statement === claim.quote;
    const first = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        anchorStart: left.start,
        anchorEnd: left.end,
        quote: left.quote,
        prefix: left.prefix,
        suffix: left.suffix,
        statement: statementFollowsQuote ? left.quote : claim.statement,
        ...contentChangeBy(claim, actor?.id ?? null),
      },
      actor?.id ?? null,
    );
    const [second] = await tx.db
      .insert(claims)
      .values({
        articleId: claim.articleId,
        searchConfig: claim.searchConfig,
        number: await allocateClaimNumbers(tx.db, claim.articleId),
        anchorStart: right.start,
        anchorEnd: right.end,
        quote: right.quote,
        prefix: right.prefix,
        suffix: right.suffix,
        statement: right.quote,
        claimant: claim.claimant,
        claimantType: claim.claimantType,
        appearanceUrl: claim.appearanceUrl,
        checkWorthiness: claim.checkWorthiness,
        reviewerId: claim.reviewerId,
        status: claim.reviewerId ? "in_progress" : "new",
        // Its claimant (and words) are the claim's: whoever wrote them since the last sign-off, and whoever split it.
        pendingAuthors: withAuthor(authorsSinceSignOff(claim), actor?.id),
        createdBy: actor?.id ?? null,
        updatedBy: actor?.id ?? null,
      })
      .returning();
    const result: [ClaimDto, ClaimDto] = [toClaimDto(first), toClaimDto(second!)];
    await recordAudit(tx, { action: "claim.split", entityType: "claim", entityId: claim.id, before: toClaimDto(claim), after: result });
    return result;
  });
});
