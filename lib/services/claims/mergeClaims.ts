import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { claims, claimSources, comments } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { mergeAnchors } from "@/lib/domain/anchoring";
import { lockArticleOfClaim } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { anchorOf, authorsSinceSignOff, lockClaims, contentChangeBy, STALE_CLAIM, updateClaimAtVersion, withAuthor } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const mergeSchema = z.strictObject({
  firstId: z.uuid(said("unknownClaim")),
  firstVersion: versionField,
  secondId: z.uuid(said("unknownClaim")),
  secondVersion: versionField,
});

/**
 * Merges two adjacent claims of one article into the first, spanning both. The second's sources and notes move
 * to the merged claim; its reviewer and verdict are kept only if the first has none.
 */
export const mergeClaims = defineVerb({
  name: "mergeClaims",
  permission: "claim:update",
  input: mergeSchema,
  audit: [{ action: "claim.merge", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  if (data.firstId === data.secondId) throw new ValidationError(words("chooseTwoDifferentClaims"));
  return transaction(ctx, async (tx) => {
    const article = await lockArticleOfClaim(tx.db, data.firstId, "share");
    // In id order, whichever way round the editor chose them: opposite merges of one pair cannot deadlock.
    const locked = await lockClaims(tx.db, [data.firstId, data.secondId]);
    const a = locked.get(data.firstId)!;
    const b = locked.get(data.secondId)!;
    if (a.articleId !== b.articleId) throw new ValidationError(words("mergeAcrossArticles"));
    if (a.anchorState === "orphaned" || b.anchorState === "orphaned") {
      throw new ValidationError(words("orphanedCannotMerge"));
    }
    const [first, second] = a.anchorStart <= b.anchorStart ? [a, b] : [b, a];
    const versions = new Map([
      [data.firstId, data.firstVersion],
      [data.secondId, data.secondVersion],
    ]);
    if (second.version !== versions.get(second.id)) throw new ConflictError(STALE_CLAIM);
    const between = await tx.db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.articleId, first.articleId), gt(claims.anchorStart, first.anchorStart), lt(claims.anchorStart, second.anchorStart)))
      .limit(1);
    if (between.length) throw new ValidationError(words("mergeOnlyAdjacent"));
    let anchor;
    try {
      anchor = mergeAnchors(article.body, anchorOf(first), anchorOf(second));
    } catch {
      throw new ValidationError(words("claimNoLongerMatches"));
    }
    const statement = first.statement === first.quote && second.statement === second.quote ? anchor.quote : `${first.statement} ${second.statement}`;
    const merged = await updateClaimAtVersion(
      tx.db,
      first,
      versions.get(first.id)!,
      {
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: statement.slice(0, 2000),
        claimant: first.claimant || second.claimant,
        claimantType: first.claimant ? first.claimantType : second.claimantType,
        appearanceUrl: first.appearanceUrl ?? second.appearanceUrl,
        reviewerId: first.reviewerId ?? second.reviewerId,
        verdictId: first.verdictId ?? second.verdictId,
        verdictBy: first.verdictId ? first.verdictBy : second.verdictBy,
        checkWorthiness: Math.max(first.checkWorthiness ?? 0, second.checkWorthiness ?? 0) || null,
        // The merged text has not been reviewed as a whole.
        ...contentChangeBy(first.status === "signed_off" ? first : second, actor?.id ?? null),
        // Whoever wrote either claim since its last sign-off wrote part of the merged one: none of them approves it.
        pendingAuthors: withAuthor(authorsSinceSignOff(first, second), actor?.id),
      },
      actor?.id ?? null,
    );
    const existingSources = await tx.db
      .select({ n: claimSources.position })
      .from(claimSources)
      .where(eq(claimSources.claimId, first.id))
      .orderBy(asc(claimSources.position));
    const offset = (existingSources.at(-1)?.n ?? -1) + 1;
    await tx.db
      .update(claimSources)
      .set({ claimId: first.id, position: sql`${claimSources.position} + ${offset}` })
      .where(eq(claimSources.claimId, second.id));
    await tx.db.update(comments).set({ claimId: first.id }).where(eq(comments.claimId, second.id));
    await tx.db.delete(claims).where(eq(claims.id, second.id));
    await recordAudit(tx, {
      action: "claim.merge",
      entityType: "claim",
      entityId: first.id,
      before: { first: toClaimDto(first), second: toClaimDto(second) },
      after: toClaimDto(merged),
    });
    return toClaimDto(merged);
  });
});
