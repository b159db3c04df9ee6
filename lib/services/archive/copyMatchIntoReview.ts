import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { articles, claimMatches, claimSources } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { copiedReview } from "@/lib/domain/copiedReview";
import { recordAudit } from "../audit/recordAudit";
import { DISMISSED, lockClaim, updateClaimAtVersion, withAuthor } from "../claims/claimRows";
import type { ClaimDto } from "../claims/claimDto";
import { toClaimDto } from "../claims/toClaimDto";
import { tellReviewerOfVerdictChange, verdictAuthorsAfter } from "../claims/verdictAuthors";
import { claimRef } from "../fields";
import { currentVerdicts } from "../ratingScales/scaleRows";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { currentMatcher } from "./matcherCache";
import type { ClaimMatchDto } from "./matchDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const copySchema = z.strictObject({ ...claimRef, key: z.string().regex(/^(own|fc):[0-9a-f-]{36}$/, said("unknownMatch")) });

/**
 * Copies a linked match's verdict (when the newsroom's scale has one of that name), explanation and sources into the
 * claim's draft review, after what the draft already holds. The claim goes back to "in progress": the copy is a
 * start for the reviewer, never a verdict sent for sign-off.
 */
export const copyMatchIntoReview = defineVerb({
  name: "copyMatchIntoReview",
  permission: "claim:review",
  input: copySchema,
  audit: [{ action: "claim.copy_match", entityType: "claim", records: "both" }],
}, async (ctx, data): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    await authorize(tx, "claim:review", claim);
    if (claim.status === "dismissed") throw new ValidationError(DISMISSED);
    const [link] = await tx.db
      .select({ snapshot: claimMatches.snapshot })
      .from(claimMatches)
      .where(and(eq(claimMatches.claimId, claim.id), eq(claimMatches.matchKey, data.key), eq(claimMatches.decision, "linked")));
    if (!link) throw new ValidationError(words("linkMatchFirst"));
    const match = link.snapshot as unknown as ClaimMatchDto;
    // The newsroom's own entry brings its explanation and sources, if it is still published.
    const live = (await currentMatcher(tx.db)).entries.get(data.key);

    const [article] = await tx.db.select({ scaleId: articles.ratingScaleId }).from(articles).where(eq(articles.id, claim.articleId));
    const [verdicts, sources] = await Promise.all([
      currentVerdicts(tx.db, article?.scaleId ?? null),
      tx.db
        .select({ url: claimSources.url, title: claimSources.title })
        .from(claimSources)
        .where(eq(claimSources.claimId, claim.id))
        .orderBy(asc(claimSources.position)),
    ]);
    const copy = copiedReview(
      { verdictId: claim.verdictId, explanation: claim.publicExplanation, sources },
      { ...match, explanation: live?.explanation ?? "", sources: live?.sources ?? [] },
      verdicts,
    );
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        verdictId: copy.verdictId,
        publicExplanation: copy.explanation,
        ...verdictAuthorsAfter(claim, { verdictId: copy.verdictId, publicExplanation: copy.explanation }, tx.actor?.id ?? null),
        status: "in_progress",
        submittedBy: null,
        submittedAt: null,
        pendingAuthors: withAuthor(claim.status === "signed_off" ? [] : claim.pendingAuthors, tx.actor?.id),
        signedOffAt: null,
        signedOffBy: null,
      },
      tx.actor?.id ?? null,
    );
    await tx.db.delete(claimSources).where(eq(claimSources.claimId, claim.id));
    if (copy.sources.length) {
      await tx.db
        .insert(claimSources)
        .values(copy.sources.map((s, position) => ({ claimId: claim.id, url: s.url, title: s.title, position, createdBy: tx.actor?.id ?? null })));
    }
    await tellReviewerOfVerdictChange(tx, claim, updated);
    await recordAudit(tx, {
      action: "claim.copy_match",
      entityType: "claim",
      entityId: claim.id,
      before: { verdictId: claim.verdictId, publicExplanation: claim.publicExplanation, status: claim.status, sources },
      after: { key: data.key, verdictId: updated.verdictId, publicExplanation: updated.publicExplanation, status: updated.status, sources: copy.sources },
    });
    return toClaimDto(updated);
  });
});
