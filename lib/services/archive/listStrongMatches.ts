import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { articles, claimMatches, claims } from "@/db/schema";
import { grantOf } from "@/lib/auth/permissions";
import { defineVerb } from "../verb";
import { OWN_PREFIX } from "./archiveEntries";
import { currentMatcher } from "./matcherCache";
import type { ClaimMatchDto } from "./matchDto";
import { toMatchView } from "./matchView";

/** How many of the most recently changed open claims are looked at. */
export const CLAIMS_LOOKED_AT = 300;

export type StrongMatchDto = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  number: number;
  statement: string;
  match: Omit<ClaimMatchDto, "decision">;
};

export type StrongMatchesDto = { archiveSize: number; claims: StrongMatchDto[] };

/**
 * Open claims (new or in progress) with a strong match that nobody has linked or dismissed yet, most recently
 * changed first: the "checked before?" queue. Reviewers see only their own claims.
 */
export const listStrongMatches = defineVerb({
  name: "listStrongMatches",
  permission: "desk:read",
  input: z.void(),
  audit: [],
}, async (ctx, _input, actor): Promise<StrongMatchesDto> => {
  const ownOnly = actor && grantOf(actor.role, "article:read") === "assigned";
  const rows = await ctx.db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      language: articles.language,
      number: claims.number,
      statement: claims.statement,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(inArray(claims.status, ["new", "in_progress"]), ownOnly ? eq(claims.reviewerId, actor.id) : undefined))
    .orderBy(desc(claims.updatedAt))
    .limit(CLAIMS_LOOKED_AT);
  const { matcher, entries } = await currentMatcher(ctx.db);
  if (!rows.length) return { archiveSize: entries.size, claims: [] };
  const decided = await ctx.db
    .select({ claimId: claimMatches.claimId, key: claimMatches.matchKey })
    .from(claimMatches)
    .where(inArray(claimMatches.claimId, rows.map((row) => row.id)));
  const decidedKeys = new Map<string, string[]>();
  for (const d of decided) decidedKeys.set(d.claimId, [...(decidedKeys.get(d.claimId) ?? []), d.key]);
  const found: StrongMatchDto[] = [];
  for (const claim of rows) {
    // As in the claim's panel: its own published version and decided matches are left out before judging.
    const exclude = new Set([`${OWN_PREFIX}${claim.id}`, ...(decidedKeys.get(claim.id) ?? [])]);
    const [best] = matcher.match(claim.statement, { top: 1, exclude, language: claim.language });
    const entry = best?.strength === "strong" ? entries.get(best.id) : undefined;
    if (!best || !entry) continue;
    const { id, articleId, articleTitle, number, statement } = claim;
    found.push({ claimId: id, articleId, articleTitle, number, statement, match: toMatchView(entry, best) });
  }
  return { archiveSize: entries.size, claims: found };
});
