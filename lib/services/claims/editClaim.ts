import { and, asc, eq, gt, lt } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, claims, claimSources, comments } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { createAnchor, mergeAnchors, splitAnchor } from "@/lib/domain/anchoring";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { versionField } from "../fields";
import { parseInput } from "../validation";
import { toClaimDto, type ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./versionedUpdate";

const claimRef = { claimId: z.uuid("Unknown claim."), version: versionField };

const editSchema = z.strictObject({
  ...claimRef,
  statement: z.string().trim().min(1, "Write the claim as reviewers will check it.").max(2000, "Keep the statement under 2,000 characters."),
  claimant: z.string().trim().max(200, "Keep the claimant under 200 characters."),
});

/** Changes the claim statement (as reviewers will check it) and who made the claim. */
export async function editClaim(ctx: ServiceContext, input: z.input<typeof editSchema>): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:update");
  const data = parseInput(editSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    const updated = await updateClaimAtVersion(tx, claim, data.version, { statement: data.statement, claimant: data.claimant }, actor?.id ?? null);
    await recordAudit(tx, ctx, {
      action: "claim.edit",
      entityType: "claim",
      entityId: claim.id,
      before: { statement: claim.statement, claimant: claim.claimant },
      after: { statement: updated.statement, claimant: updated.claimant },
    });
    return toClaimDto(updated);
  });
}

const deleteSchema = z.strictObject(claimRef);

/** Deletes a claim with its sources and notes (the audit log keeps what it was). */
export async function deleteClaim(ctx: ServiceContext, input: z.input<typeof deleteSchema>): Promise<{ id: string }> {
  authorize(ctx, "claim:delete");
  const data = parseInput(deleteSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    if (claim.version !== data.version) throw new ConflictError("Someone else changed this claim in the meantime. Reload to see their change, then try again.");
    await tx.delete(claims).where(and(eq(claims.id, claim.id), eq(claims.version, data.version)));
    await recordAudit(tx, ctx, { action: "claim.delete", entityType: "claim", entityId: claim.id, before: toClaimDto(claim) });
    return { id: claim.id };
  });
}

const mergeSchema = z.strictObject({
  firstId: z.uuid("Unknown claim."),
  firstVersion: versionField,
  secondId: z.uuid("Unknown claim."),
  secondVersion: versionField,
});

/**
 * Merges two adjacent claims of one article into the first, spanning both. The second's sources and notes move
 * to the merged claim; its reviewer and verdict are kept only if the first has none.
 */
export async function mergeClaims(ctx: ServiceContext, input: z.input<typeof mergeSchema>): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:update");
  const data = parseInput(mergeSchema, input);
  if (data.firstId === data.secondId) throw new ValidationError("Choose two different claims to merge.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const a = await lockClaim(tx, data.firstId);
    const b = await lockClaim(tx, data.secondId);
    if (a.articleId !== b.articleId) throw new ValidationError("Only claims of the same article can be merged.");
    if (a.anchorState === "orphaned" || b.anchorState === "orphaned") {
      throw new ValidationError("An orphaned claim has no place in the text; attach it again before merging.");
    }
    const [first, second] = a.anchorStart <= b.anchorStart ? [a, b] : [b, a];
    const firstVersion = first.id === data.firstId ? data.firstVersion : data.secondVersion;
    const secondVersion = second.id === data.secondId ? data.secondVersion : data.firstVersion;
    if (second.version !== secondVersion) throw new ConflictError();
    const between = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.articleId, first.articleId), gt(claims.anchorStart, first.anchorStart), lt(claims.anchorStart, second.anchorStart)))
      .limit(1);
    if (between.length) throw new ValidationError("Only adjacent claims can be merged: another claim lies between them.");
    const [article] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, first.articleId));
    if (!article) throw new NotFoundError("That article");
    let anchor;
    try {
      anchor = mergeAnchors(article.body, toAnchor(first), toAnchor(second));
    } catch {
      throw new ValidationError("One of these claims no longer matches the text; check its place before merging.");
    }
    const statement = first.statement === first.quote && second.statement === second.quote ? anchor.quote : `${first.statement} ${second.statement}`;
    const merged = await updateClaimAtVersion(
      tx,
      first,
      firstVersion,
      {
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: statement.slice(0, 2000),
        claimant: first.claimant || second.claimant,
        reviewerId: first.reviewerId ?? second.reviewerId,
        verdictId: first.verdictId ?? second.verdictId,
        checkWorthiness: Math.max(first.checkWorthiness ?? 0, second.checkWorthiness ?? 0) || null,
        // The merged text has not been reviewed as a whole.
        status: first.status === "signed_off" || second.status === "signed_off" ? "needs_signoff" : first.status,
        signedOffAt: null,
        signedOffBy: null,
      },
      actor?.id ?? null,
    );
    const existingSources = await tx.select({ n: claimSources.position }).from(claimSources).where(eq(claimSources.claimId, first.id)).orderBy(asc(claimSources.position));
    const offset = (existingSources.at(-1)?.n ?? -1) + 1;
    const moved = await tx.select().from(claimSources).where(eq(claimSources.claimId, second.id));
    for (const source of moved) {
      await tx.update(claimSources).set({ claimId: first.id, position: source.position + offset }).where(eq(claimSources.id, source.id));
    }
    await tx.update(comments).set({ claimId: first.id }).where(eq(comments.claimId, second.id));
    await tx.delete(claims).where(eq(claims.id, second.id));
    await recordAudit(tx, ctx, {
      action: "claim.merge",
      entityType: "claim",
      entityId: first.id,
      before: { first: toClaimDto(first), second: toClaimDto(second) },
      after: toClaimDto(merged),
    });
    return toClaimDto(merged);
  });
}

const splitSchema = z.strictObject({ ...claimRef, at: z.coerce.number().int().min(0) });

/** Splits a claim in two at an offset of the article text; the second part starts its own workflow. */
export async function splitClaim(ctx: ServiceContext, input: z.input<typeof splitSchema>): Promise<[ClaimDto, ClaimDto]> {
  const actor = authorize(ctx, "claim:update");
  const data = parseInput(splitSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    if (claim.anchorState === "orphaned") throw new ValidationError("An orphaned claim has no place in the text to split.");
    const [article] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, claim.articleId));
    if (!article) throw new NotFoundError("That article");
    let parts;
    try {
      parts = splitAnchor(article.body, toAnchor(claim), data.at);
    } catch {
      throw new ValidationError("Choose a place inside the claim's text, with words on both sides, to split it.");
    }
    const [left, right] = parts;
    const statementFollowsQuote = claim.statement === claim.quote;
    const first = await updateClaimAtVersion(
      tx,
      claim,
      data.version,
      {
        anchorStart: left.start,
        anchorEnd: left.end,
        quote: left.quote,
        prefix: left.prefix,
        suffix: left.suffix,
        statement: statementFollowsQuote ? left.quote : claim.statement,
        status: claim.status === "signed_off" ? "needs_signoff" : claim.status,
        signedOffAt: null,
        signedOffBy: null,
      },
      actor?.id ?? null,
    );
    const [second] = await tx
      .insert(claims)
      .values({
        articleId: claim.articleId,
        anchorStart: right.start,
        anchorEnd: right.end,
        quote: right.quote,
        prefix: right.prefix,
        suffix: right.suffix,
        statement: right.quote,
        claimant: claim.claimant,
        checkWorthiness: claim.checkWorthiness,
        reviewerId: claim.reviewerId,
        status: claim.reviewerId ? "in_progress" : "new",
        createdBy: actor?.id ?? null,
        updatedBy: actor?.id ?? null,
      })
      .returning();
    const result: [ClaimDto, ClaimDto] = [toClaimDto(first), toClaimDto(second!)];
    await recordAudit(tx, ctx, { action: "claim.split", entityType: "claim", entityId: claim.id, before: toClaimDto(claim), after: result });
    return result;
  });
}

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
export async function moveClaimAnchor(ctx: ServiceContext, input: z.input<typeof moveSchema>): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:update");
  const data = parseInput(moveSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, data.claimId);
    const [article] = await tx.select({ body: articles.body, textRevision: articles.textRevision }).from(articles).where(eq(articles.id, claim.articleId));
    if (!article) throw new NotFoundError("That article");
    if (article.textRevision !== data.textRevision) throw new ConflictError("The article text changed since you loaded it. Reload and select the span again.");
    if (data.end <= data.start || data.end > article.body.length || !article.body.slice(data.start, data.end).trim()) {
      throw new ValidationError("Select some text of the article for this claim.");
    }
    const anchor = createAnchor(article.body, data.start, data.end);
    const updated = await updateClaimAtVersion(
      tx,
      claim,
      data.version,
      { anchorStart: anchor.start, anchorEnd: anchor.end, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, anchorState: "ok" },
      actor?.id ?? null,
    );
    await recordAudit(tx, ctx, {
      action: "claim.anchor",
      entityType: "claim",
      entityId: claim.id,
      before: { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, anchorState: claim.anchorState },
      after: { start: updated.anchorStart, end: updated.anchorEnd, quote: updated.quote, anchorState: updated.anchorState },
    });
    return toClaimDto(updated);
  });
}

function toAnchor(claim: { anchorStart: number; anchorEnd: number; quote: string; prefix: string; suffix: string }) {
  return { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
}
