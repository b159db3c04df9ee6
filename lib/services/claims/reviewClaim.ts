import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, claimSources, ratingScales, verdicts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { discardOwnDraft } from "../drafts/draftRows";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { GIVEN_NOW, RATING_SCALE_LOCK_KEY } from "../ratingScales/scaleRows";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { DISMISSED, lockClaim, updateClaimAtVersion, withAuthor } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { tellReviewerOfVerdictChange, verdictAuthorsAfter } from "./verdictAuthors";
import { MAX_EXPLANATION_CHARACTERS, MAX_SOURCES_PER_CLAIM, MAX_TITLE_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: said("sourceNeedsFullAddress") }),
  title: z.string().trim().max(MAX_TITLE_CHARACTERS).default(""),
});

const reviewSchema = z.strictObject({
  ...claimRef,
  verdictId: z.uuid(said("chooseVerdict")).nullable(),
  publicExplanation: z.string().trim().max(MAX_EXPLANATION_CHARACTERS, said("keepExplanationUnder", { max: MAX_EXPLANATION_CHARACTERS })),
  sources: z.array(sourceSchema).max(MAX_SOURCES_PER_CLAIM, said("atMostSources", { max: MAX_SOURCES_PER_CLAIM })),
  readyForSignoff: z.boolean().default(false),
});

/**
 * Records a reviewer's verdict, public explanation and sources. Changing a signed-off claim sends it back
 * for sign-off, so readers never see a verdict an editor has not approved.
 */
export const reviewClaim = defineVerb({
  name: "reviewClaim",
  permission: "claim:review",
  input: reviewSchema,
  audit: [{ action: "claim.review", entityType: "claim", records: "both" }],
}, async (ctx, data): Promise<ClaimDto> => {
  // defineVerb has checked the role, before any row was read or locked; whose claim it is, once it is locked.
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    const actor = await authorize(tx, "claim:review", claim);
    if (claim.status === "dismissed") throw new ValidationError(DISMISSED);
    // A claim keeps the verdict it was rated with (its scale version, even if since retired) until it is rated anew.
    const verdictId =
      data.verdictId && data.verdictId !== claim.verdictId ? await currentVerdictFor(tx.db, claim.articleId, data.verdictId) : data.verdictId;
    if (data.readyForSignoff && (!data.verdictId || !data.publicExplanation)) {
      throw new ValidationError(words("sendNeedsVerdict"));
    }
    const previousSources = await tx.db
      .select({ url: claimSources.url, title: claimSources.title })
      .from(claimSources)
      .where(eq(claimSources.claimId, claim.id))
      .orderBy(asc(claimSources.position));
    const changed =
      verdictId !== claim.verdictId || data.publicExplanation !== claim.publicExplanation || !sameSources(previousSources, data.sources);
    // Authors since the last sign-off, and whoever changes or sends this review: none of them may approve it.
    const authors = claim.status === "signed_off" ? [] : claim.pendingAuthors;
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        verdictId,
        publicExplanation: data.publicExplanation,
        ...verdictAuthorsAfter(claim, { verdictId, publicExplanation: data.publicExplanation }, actor?.id ?? null),
        status: data.readyForSignoff ? "needs_signoff" : "in_progress",
        // Whoever sends the verdict for sign-off may not sign it off.
        submittedBy: data.readyForSignoff ? (actor?.id ?? null) : null,
        pendingAuthors: changed || data.readyForSignoff ? withAuthor(authors, actor?.id) : authors,
        submittedAt: data.readyForSignoff ? new Date() : null,
        signedOffAt: null,
        signedOffBy: null,
      },
      actor?.id ?? null,
    );
    await tx.db.delete(claimSources).where(eq(claimSources.claimId, claim.id));
    if (data.sources.length) {
      await tx.db.insert(claimSources).values(
        data.sources.map((s, position) => ({ claimId: claim.id, url: s.url, title: s.title, position, createdBy: actor?.id ?? null })),
      );
    }
    await tellReviewerOfVerdictChange(tx, claim, updated);
    await discardOwnDraft(tx.db, actor?.id, claim.articleId, "review", claim.id);
    await recordAudit(tx, {
      action: "claim.review",
      entityType: "claim",
      entityId: claim.id,
      before: { verdictId: claim.verdictId, publicExplanation: claim.publicExplanation, status: claim.status, sources: previousSources },
      after: { verdictId: updated.verdictId, publicExplanation: updated.publicExplanation, status: updated.status, sources: data.sources },
    });
    return toClaimDto(updated);
  });
});

function sameSources(a: readonly { url: string; title: string }[], b: readonly { url: string; title: string }[]): boolean {
  return a.length === b.length && a.every((source, i) => source.url === b[i]?.url && source.title === b[i]?.title);
}

/**
 * The verdict of the scale's current version that a chosen verdict stands for: itself, or, when the form was shown an
 * earlier version (an admin saved the scale meanwhile), the same verdict (by lineage) as it is now, if not retired.
 */
async function currentVerdictFor(db: Queryable, articleId: string, verdictId: string): Promise<string> {
  // Held to the end of the transaction: the scale cannot get a new version between this check and the rating.
  await db.execute(sql`select pg_advisory_xact_lock_shared(${RATING_SCALE_LOCK_KEY})`);
  const chosen = alias(verdicts, "chosen");
  const [match] = await db
    .select({ id: verdicts.id })
    .from(articles)
    .innerJoin(ratingScales, eq(ratingScales.id, articles.ratingScaleId))
    .innerJoin(chosen, and(eq(chosen.id, verdictId), eq(chosen.scaleId, ratingScales.id)))
    .innerJoin(verdicts, and(GIVEN_NOW, eq(verdicts.lineageId, chosen.lineageId)))
    .where(eq(articles.id, articleId));
  if (!match) throw new ValidationError(words("verdictNotOnScale"), { verdictId: words("chooseVerdictList") });
  return match.id;
}
