import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { articles, claimMatches, claims } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { articleResource } from "../articles/articleAccess";
import { defineVerb } from "../verb";
import { OWN_PREFIX } from "./archiveEntries";
import { currentMatcher } from "./matcherCache";
import type { ArticleMatchesDto, ClaimMatchDto } from "./matchDto";
import { linkedMatchView, toMatchView } from "./matchView";
import { MAX_CLAIM_CHARACTERS, MAX_MATCHED_TEXTS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

/** How many suggestions each claim shows (linked matches are shown besides). */
export const MATCHES_PER_CLAIM = 3;
/** Suggestions weaker than this are not worth an editor's time. */
const WEAKEST_SHOWN = -4;

const inputSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  /** Only this claim of the article (the claim panel); every claim when left out. */
  claimId: z.uuid(said("unknownClaim")).optional(),
  /** Sentences that are not claims yet (the workspace's suggestions): the first match of each, if strong. */
  texts: z.array(z.string().max(MAX_CLAIM_CHARACTERS)).max(MAX_MATCHED_TEXTS).optional(),
});

/**
 * For each claim of an article (dismissed ones aside), the earlier fact-checks that may check the same thing:
 * linked matches first, then the best suggestions nobody has decided on; the first of those may be strong (very
 * likely the same claim), the others are possible matches. A claim never matches its own published version. Claims
 * are read in their article's language.
 * Reviewers see the matches of the articles they may read.
 */
export const getClaimMatches = defineVerb({
  name: "getClaimMatches",
  permission: "article:read",
  input: inputSchema,
  audit: [],
}, async (ctx, { articleId, claimId, texts }, reader): Promise<ArticleMatchesDto> => {
  const [article] = await ctx.db.select({ id: articles.id, language: articles.language }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw new NotFoundError(words("articleNotFound"));
  await authorize(ctx, "article:read", await articleResource(ctx.db, articleId, reader));

  if (texts) {
    const { matcher, entries } = await currentMatcher(ctx.db);
    const textMatches = texts.map((text) => {
      const [best] = matcher.match(text, { top: 1, language: article.language });
      const entry = best?.strength === "strong" ? entries.get(best.id) : undefined;
      return entry && best ? { ...toMatchView(entry, best), decision: null } : null;
    });
    return { matches: {}, textMatches, archiveSize: entries.size };
  }

  const rows = await ctx.db
    .select({ id: claims.id, statement: claims.statement })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), ne(claims.status, "dismissed"), claimId ? eq(claims.id, claimId) : undefined));
  const decisions = rows.length
    ? await ctx.db
        .select({ claimId: claimMatches.claimId, key: claimMatches.matchKey, decision: claimMatches.decision, snapshot: claimMatches.snapshot })
        .from(claimMatches)
        .where(inArray(claimMatches.claimId, rows.map((row) => row.id)))
    : [];
  const { matcher, entries } = await currentMatcher(ctx.db);

  const decisionsByClaim = new Map<string, typeof decisions>();
  for (const d of decisions) decisionsByClaim.set(d.claimId, [...(decisionsByClaim.get(d.claimId) ?? []), d]);
  const matches: Record<string, ClaimMatchDto[]> = {};
  for (const claim of rows) {
    const decided = decisionsByClaim.get(claim.id) ?? [];
    const linked = decided.filter((d) => d.decision === "linked").map((d) => linkedMatchView(d.snapshot));
    // Decided matches and the claim's own published version are left out before the first suggestion is judged.
    const exclude = new Set([...decided.map((d) => d.key), `${OWN_PREFIX}${claim.id}`]);
    const suggested: ClaimMatchDto[] = [];
    for (const found of matcher.match(claim.statement, { top: MATCHES_PER_CLAIM, exclude, language: article.language })) {
      const entry = entries.get(found.id);
      if (entry && found.score >= WEAKEST_SHOWN) suggested.push({ ...toMatchView(entry, found), decision: null });
    }
    matches[claim.id] = [...linked, ...suggested];
  }
  return { matches, textMatches: [], archiveSize: entries.size };
});
