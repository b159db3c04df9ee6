import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { auditLog, claims, comments, users, verdicts } from "@/db/schema";
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
    .select({
      at: auditLog.createdAt,
      actorName: users.displayName,
      action: auditLog.action,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
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

  const said = await wordsStillSaid(ctx.db, claim.id);
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
    events: entries.map((entry) => describeHistoryEntry(withoutUnsaidWords(entry, said), names)),
  };
});

/** What the claim's conversation says now: each comment's words by id, and the words of its return notes. */
async function wordsStillSaid(db: Queryable, claimId: string) {
  const rows = await db.select({ id: comments.id, body: comments.body, kind: comments.kind }).from(comments).where(eq(comments.claimId, claimId));
  return { byComment: new Map(rows.map((row) => [row.id, row.body])), returnNotes: new Set(rows.filter((row) => row.kind === "return").map((row) => row.body)) };
}

/**
 * The audit log keeps every word a comment ever said (for admins, `audit:read`); the claim's history, which everyone
 * who may read the article sees, shows a comment's words only as the conversation still holds them. A comment deleted
 * (something pasted by mistake) or edited since shows no words here, nor does a return note an admin deleted.
 */
function withoutUnsaidWords<E extends { action: string; entityId: string; after: unknown }>(entry: E, said: Awaited<ReturnType<typeof wordsStillSaid>>): E {
  const after = entry.after && typeof entry.after === "object" ? (entry.after as Record<string, unknown>) : null;
  if (!after) return entry;
  if ((entry.action === "comment.create" || entry.action === "comment.edit") && said.byComment.get(entry.entityId) !== after.body) {
    return { ...entry, after: { ...after, body: null } };
  }
  if (entry.action === "claim.return" && !said.returnNotes.has(String(after.comment))) return { ...entry, after: { ...after, comment: null } };
  return entry;
}

/** The ids of people and verdicts an entry names (reviewerId, verdictId, submittedBy). */
function collectIds(fields: unknown, into: Set<string>): void {
  if (!fields || typeof fields !== "object") return;
  for (const key of ["reviewerId", "verdictId", "submittedBy"]) {
    const value = (fields as Record<string, unknown>)[key];
    if (typeof value === "string" && UUID.test(value)) into.add(value);
  }
}
