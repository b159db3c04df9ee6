import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { articles, claimSources, ratingScales, users, verdicts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { ValidationError } from "../errors";
import { versionField } from "../fields";
import { parseInput } from "../validation";
import { toClaimDto, type ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./versionedUpdate";

const claimRef = { claimId: z.uuid("Unknown claim."), version: versionField };

const assignSchema = z.strictObject({
  ...claimRef,
  reviewerId: z.uuid("Choose a reviewer.").nullable(),
  dueOn: z.union([z.literal(""), z.iso.date("Enter a date as YYYY-MM-DD.")]).nullish(),
});

/** Gives a claim to a reviewer (or takes it back), with an optional due date. */
export async function assignReviewer(ctx: ServiceContext, input: z.input<typeof assignSchema>): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:assign");
  const data = parseInput(assignSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    if (data.reviewerId) {
      const [reviewer] = await tx
        .select({ active: users.active })
        .from(users)
        .where(eq(users.id, data.reviewerId));
      if (!reviewer?.active) throw new ValidationError("That reviewer's account is not active.", { reviewerId: "Choose an active reviewer." });
    }
    const updated = await updateClaimAtVersion(
      tx,
      claim,
      data.version,
      {
        reviewerId: data.reviewerId,
        dueOn: data.dueOn || null,
        status: claim.status === "new" && data.reviewerId ? "in_progress" : claim.status,
      },
      actor?.id ?? null,
    );
    await recordAudit(tx, ctx, {
      action: "claim.assign",
      entityType: "claim",
      entityId: claim.id,
      before: { reviewerId: claim.reviewerId, dueOn: claim.dueOn },
      after: { reviewerId: updated.reviewerId, dueOn: updated.dueOn },
    });
    return toClaimDto(updated);
  });
}

const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "Each source needs a full web address starting with http:// or https://." }),
  title: z.string().trim().max(300).default(""),
});

const reviewSchema = z.strictObject({
  ...claimRef,
  verdictId: z.uuid("Choose a verdict.").nullable(),
  publicExplanation: z.string().trim().max(10_000, "Keep the explanation under 10,000 characters."),
  sources: z.array(sourceSchema).max(50, "At most 50 sources per claim."),
  readyForSignoff: z.boolean().default(false),
});

/**
 * Records a reviewer's verdict, public explanation and sources. Changing a signed-off claim sends it back
 * for sign-off, so readers never see a verdict an editor has not approved.
 */
export async function reviewClaim(ctx: ServiceContext, input: z.input<typeof reviewSchema>): Promise<ClaimDto> {
  const data = parseInput(reviewSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    const actor = authorize(ctx, "claim:review", claim);
    if (data.verdictId) await assertVerdictFitsArticle(tx, claim.articleId, data.verdictId);
    if (data.readyForSignoff && (!data.verdictId || !data.publicExplanation)) {
      throw new ValidationError("Give a verdict and a public explanation before sending the claim for sign-off.");
    }
    const updated = await updateClaimAtVersion(
      tx,
      claim,
      data.version,
      {
        verdictId: data.verdictId,
        publicExplanation: data.publicExplanation,
        status: data.readyForSignoff ? "needs_signoff" : "in_progress",
        signedOffAt: null,
        signedOffBy: null,
      },
      actor?.id ?? null,
    );
    await tx.delete(claimSources).where(eq(claimSources.claimId, claim.id));
    if (data.sources.length) {
      await tx.insert(claimSources).values(
        data.sources.map((s, position) => ({ claimId: claim.id, url: s.url, title: s.title, position, createdBy: actor?.id ?? null })),
      );
    }
    await recordAudit(tx, ctx, {
      action: "claim.review",
      entityType: "claim",
      entityId: claim.id,
      before: { verdictId: claim.verdictId, publicExplanation: claim.publicExplanation, status: claim.status },
      after: { verdictId: updated.verdictId, publicExplanation: updated.publicExplanation, status: updated.status, sources: data.sources },
    });
    return toClaimDto(updated);
  });
}

const signOffSchema = z.strictObject(claimRef);

/** An editor approves a claim's verdict for publication. */
export async function signOffClaim(ctx: ServiceContext, input: z.input<typeof signOffSchema>): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:signoff");
  const data = parseInput(signOffSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    if (!claim.verdictId || !claim.publicExplanation) {
      throw new ValidationError("This claim needs a verdict and a public explanation before it can be signed off.");
    }
    const updated = await updateClaimAtVersion(
      tx,
      claim,
      data.version,
      { status: "signed_off", signedOffBy: actor?.id ?? null, signedOffAt: new Date() },
      actor?.id ?? null,
    );
    await recordAudit(tx, ctx, {
      action: "claim.sign_off",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status },
      after: { status: updated.status, verdictId: updated.verdictId },
    });
    return toClaimDto(updated);
  });
}

async function assertVerdictFitsArticle(tx: Tx, articleId: string, verdictId: string): Promise<void> {
  const [match] = await tx
    .select({ id: verdicts.id })
    .from(articles)
    .innerJoin(ratingScales, eq(ratingScales.id, articles.ratingScaleId))
    .innerJoin(
      verdicts,
      and(eq(verdicts.scaleId, ratingScales.id), eq(verdicts.scaleVersion, ratingScales.currentVersion), eq(verdicts.id, verdictId)),
    )
    .where(eq(articles.id, articleId));
  if (!match) throw new ValidationError("That verdict is not on this newsroom's rating scale.", { verdictId: "Choose a verdict from the list." });
}
