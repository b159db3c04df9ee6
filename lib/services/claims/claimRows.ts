import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { articleClaimNumbers, claims, users, verdicts, type Claim } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/core/errors";
import { words, type ErrorWordKey, type ServiceWords } from "@/lib/core/serviceWords";

// Claim rows are locked after their article's row and in id order (see articles/articleLocks.ts), so two
// transactions never wait on each other in a circle.

export const STALE_CLAIM =
  words("claimChanged");

export const DISMISSED = words("claimDismissed");

/**
 * What a change of a claim's public content (statement, claimant, span, verdict, explanation, sources) by `actorId`
 * also sets. A signed-off claim waits for sign-off again, sent by whoever changed it; on any other claim the changer
 * joins its authors, whoever sends it for sign-off later. Nobody approves content they wrote (signOffClaim).
 */
export function contentChangeBy(claim: Claim, actorId: string | null): Partial<Claim> {
  if (claim.status === "signed_off") {
    return { status: "needs_signoff", signedOffAt: null, signedOffBy: null, submittedBy: actorId, submittedAt: new Date(), pendingAuthors: actorId ? [actorId] : [] };
  }
  const authors = withAuthor(claim.pendingAuthors, actorId);
  return authors === claim.pendingAuthors ? {} : { pendingAuthors: authors };
}

/**
 * Who wrote a claim's content since it was last signed off, `actorId` included: they may not approve it. Only a
 * sign-off clears the list; sending, returning or dismissing a claim does not change who wrote what it holds.
 */
export function withAuthor(authors: string[], actorId: string | null | undefined): string[] {
  return actorId && !authors.includes(actorId) ? [...authors, actorId] : authors;
}

/** Who wrote these claims' content since each was last signed off (a merge or split carries it into another claim). */
export function authorsSinceSignOff(...claims: Claim[]): string[] {
  return [...new Set(claims.flatMap((claim) => (claim.status === "signed_off" ? [] : claim.pendingAuthors)))];
}

/** Reads a claim for change, locking its row for the rest of the transaction. */
export async function lockClaim(db: Queryable, claimId: string): Promise<Claim> {
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw new NotFoundError(words("claimNotFound"));
  return claim;
}

/** Reads several claims for change, locking them in id order; throws NotFoundError when one is gone. */
export async function lockClaims(db: Queryable, claimIds: string[]): Promise<Map<string, Claim>> {
  const rows = await db.select().from(claims).where(inArray(claims.id, claimIds)).orderBy(asc(claims.id)).for("update");
  const found = new Map(rows.map((row) => [row.id, row]));
  if (claimIds.some((id) => !found.has(id))) throw new NotFoundError(words("claimNotFound"));
  return found;
}

/**
 * Updates a claim only if it is still at the version the editor read; otherwise a ConflictError,
 * so a second concurrent save never silently overwrites the first.
 */
export async function updateClaimAtVersion(
  db: Queryable,
  claim: Claim,
  expectedVersion: number,
  change: Partial<Claim>,
  actorId: string | null,
): Promise<Claim> {
  if (claim.version !== expectedVersion) throw new ConflictError(STALE_CLAIM, await describeCurrent(db, claim, Object.keys(change)));
  const [updated] = await db
    .update(claims)
    .set({ ...change, version: claim.version + 1, updatedAt: new Date(), updatedBy: actorId })
    .where(and(eq(claims.id, claim.id), eq(claims.version, expectedVersion)))
    .returning();
  if (!updated) throw new ConflictError(STALE_CLAIM, await describeCurrent(db, claim, Object.keys(change)));
  return updated;
}

/**
 * The first of `count` new claim numbers of an article (the rest follow it). Numbers go by creation and are never
 * reused, so a claim keeps its number whatever is added before it or deleted. The counter's row stays locked to the
 * end of the transaction, so editors adding claims at once get different numbers, not a conflict.
 */
export async function allocateClaimNumbers(db: Queryable, articleId: string, count = 1): Promise<number> {
  const [row] = await db
    .insert(articleClaimNumbers)
    .values({ articleId, lastNumber: count })
    .onConflictDoUpdate({ target: articleClaimNumbers.articleId, set: { lastNumber: sql`${articleClaimNumbers.lastNumber} + ${count}` } })
    .returning({ lastNumber: articleClaimNumbers.lastNumber });
  return row!.lastNumber - count + 1;
}

/** A claim's anchor as the anchoring functions take it. */
export function anchorOf(claim: Pick<Claim, "anchorStart" | "anchorEnd" | "quote" | "prefix" | "suffix">) {
  return { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
}

/** What the claim holds now, for the fields a refused save wanted to change, and who saved it last and when. */
async function describeCurrent(db: Queryable, claim: Claim, fields: string[]): Promise<ServiceWords[]> {
  const [names] = await db
    .select({
      editor: sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${claim.updatedBy})`,
      reviewer: sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${claim.reviewerId})`,
      verdict: sql<string | null>`(select ${verdicts.label} from ${verdicts} where ${verdicts.id} = ${claim.verdictId})`,
    })
    .from(sql`(select 1) as one`);
  const when = claim.updatedAt.toISOString().slice(0, 16).replace("T", " ");
  const lines = [names?.editor ? words("conflictSavedBy", { editor: names.editor, when }) : words("conflictSavedBySomeone", { when })];
  const shown = new Set(fields);
  const line = (key: ErrorWordKey, text: string | null | undefined, cut = false) =>
    words(key, { filled: text ? "yes" : "no", text: cut && text && text.length > 300 ? `${text.slice(0, 300)}…` : (text ?? "") });
  if (shown.has("statement")) lines.push(line("conflictStatement", claim.statement, true));
  if (shown.has("claimant")) lines.push(line("conflictClaimant", claim.claimant, true));
  if (shown.has("anchorStart")) lines.push(line("conflictQuote", claim.quote, true));
  if (shown.has("verdictId")) lines.push(line("conflictVerdict", names?.verdict));
  if (shown.has("publicExplanation")) lines.push(line("conflictExplanation", claim.publicExplanation, true));
  if (shown.has("reviewerId")) lines.push(line("conflictReviewer", names?.reviewer));
  if (shown.has("dueOn")) lines.push(line("conflictDue", claim.dueOn));
  lines.push(words("conflictStatus", { status: claim.status }));
  return lines;
}
