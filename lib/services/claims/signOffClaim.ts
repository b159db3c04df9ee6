import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { claimSources } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { verdictAuthorIds } from "@/lib/domain/verdictCredit";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { notify } from "../notifications/notify";
import { currentContent } from "../publishing/nextSnapshot";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";

const signOffSchema = z.strictObject(claimRef);

/**
 * An editor approves a claim's verdict for publication. Nobody approves content they wrote: neither the verdict they
 * sent for sign-off nor a statement, span, verdict, explanation or source they changed since (four eyes).
 */
export const signOffClaim = defineVerb({
  name: "signOffClaim",
  permission: "claim:signoff",
  input: signOffSchema,
  audit: [{ action: "claim.sign_off", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status !== "needs_signoff") {
      throw new ValidationError(
        claim.status === "signed_off" ? words("verdictAlreadySignedOff") : words("signOffOnlySentVerdict"),
      );
    }
    if (!claim.verdictId || !claim.publicExplanation) {
      throw new ValidationError(words("signOffNeedsVerdict"));
    }
    if (actor && claim.submittedBy === actor.id) {
      throw new ValidationError(words("ownVerdictNeedsAnotherEditor"));
    }
    // The verdict's recorded authors too: they are credited for it in public, beside its approver.
    if (actor && (claim.pendingAuthors.includes(actor.id) || verdictAuthorIds(claim).includes(actor.id))) {
      throw new ValidationError(words("ownChangeNeedsAnotherEditor"));
    }
    const signedOffAt = new Date();
    const sources = await tx.db
      .select({ claimId: claimSources.claimId, url: claimSources.url, title: claimSources.title })
      .from(claimSources)
      .where(eq(claimSources.claimId, claim.id))
      .orderBy(asc(claimSources.position));
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        status: "signed_off",
        pendingAuthors: [],
        signedOffBy: actor?.id ?? null,
        signedOffAt,
        // What readers keep seeing if the claim is reviewed again, until a new verdict is approved.
        approved: currentContent({ ...claim, signedOffAt, signedOffBy: actor?.id ?? null }, sources),
      },
      actor?.id ?? null,
    );
    // "signed off your verdict": told to whoever wrote it, not to whoever only sent it or changed its words.
    await notify(tx, verdictAuthorIds(claim).map((userId) => ({ userId, kind: "signed_off" as const, claimId: claim.id })));
    await recordAudit(tx, {
      action: "claim.sign_off",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status, verdictId: claim.verdictId },
      after: { status: updated.status, verdictId: updated.verdictId },
    });
    return toClaimDto(updated);
  });
});
