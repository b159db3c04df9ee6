import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { auditLog, claims, users, verdicts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { describeHistoryEntry } from "@/lib/domain/claimHistory";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import type { ClaimHistoryDto } from "./claimHistoryDto";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A claim's history from the audit log, oldest first: created, assigned, reviewed, returned, signed off, dismissed,
 * commented on; who did it and when, as steps the interface words. For whoever may read the claim's article.
 */
export const getClaimHistory = defineVerb({
  name: "getClaimHistory",
  permission: "article:read",
  input: z.uuid(said("unknownClaim")),
  audit: [],
}, async (ctx, id, reader): Promise<ClaimHistoryDto> => {
  const [claim] = await ctx.db.select({ id: claims.id, articleId: claims.articleId, number: claims.number }).from(claims).where(eq(claims.id, id));
  if (!claim) throw new NotFoundError(words("claimNotFound"));
  await authorize(ctx, "article:read", await articleResource(ctx.db, claim.articleId, reader));

  const entries = await ctx.db
    .select({ at: auditLog.createdAt, actorName: users.displayName, action: auditLog.action, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      or(
        and(eq(auditLog.entityType, "claim"), eq(auditLog.entityId, claim.id)),
        // Entries about its comments name the claim (indexed: audit_log_claim_idx).
        sql`(coalesce(${auditLog.after}, ${auditLog.before}) ->> 'claimId') = ${claim.id}`,
        // Claims made from suggestions are recorded on their article, with the ids made.
        and(
          eq(auditLog.entityType, "article"),
          eq(auditLog.entityId, claim.articleId),
          eq(auditLog.action, "claim.accept_suggestions"),
          sql`${auditLog.after} -> 'claimIds' ? ${claim.id}`,
        ),
      ),
    )
    .orderBy(asc(auditLog.id));

  const ids = new Set<string>();
  for (const entry of entries) {
    collectIds(entry.before, ids);
    collectIds(entry.after, ids);
  }
  const wanted = [...ids];
  const [people, scale] = wanted.length
    ? await Promise.all([
        ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted)),
        ctx.db.select({ id: verdicts.id, label: verdicts.label, scaleVersion: verdicts.scaleVersion, lineageId: verdicts.lineageId }).from(verdicts).where(inArray(verdicts.id, wanted)),
      ])
    : [[], []];
  const names = {
    user: (userId: string) => people.find((p) => p.id === userId)?.name,
    verdict: (verdictId: string) => scale.find((v) => v.id === verdictId),
  };
  return {
    claimId: claim.id,
    number: claim.number,
    events: entries.map((entry) => describeHistoryEntry(entry, names)),
  };
});

/** The ids of people and verdicts an entry names (reviewerId, verdictId, submittedBy). */
function collectIds(fields: unknown, into: Set<string>): void {
  if (!fields || typeof fields !== "object") return;
  for (const key of ["reviewerId", "verdictId", "submittedBy"]) {
    const value = (fields as Record<string, unknown>)[key];
    if (typeof value === "string" && UUID.test(value)) into.add(value);
  }
}
