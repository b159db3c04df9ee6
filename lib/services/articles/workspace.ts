import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, claims, claimSources, users, verdicts, type ClaimStatus } from "@/db/schema";
import { can, authorize } from "@/lib/auth/permissions";
import { suggestClaims, type ClaimSuggestion } from "@/lib/domain/claimSuggestions";
import { uncoveredSuggestions } from "@/lib/domain/uncoveredSuggestions";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { listCurrentVerdicts, type VerdictDto } from "../ratingScales/ratingScales";
import { parseInput } from "../validation";
import type { ClaimDto } from "../claims/claimDto";

export type WorkspaceClaim = ClaimDto & {
  reviewerName: string | null;
  verdictLabel: string | null;
  verdictColour: string | null;
  sources: { url: string; title: string }[];
};

export type WorkspaceDto = {
  article: {
    id: string;
    title: string;
    slug: string;
    body: string;
    textRevision: number;
    version: number;
    sourceOutlet: string | null;
    sourceUrl: string | null;
    originalAuthor: string | null;
    originalPublishedOn: string | null;
    publishedVersion: number | null;
  };
  claims: WorkspaceClaim[];
  /** Suggested sentences not yet covered by a claim, in document order. */
  suggestions: ClaimSuggestion[];
  reviewers: { id: string; displayName: string }[];
  verdicts: VerdictDto[];
  counts: Record<ClaimStatus, number>;
  permissions: { editClaims: boolean; editArticle: boolean; assign: boolean; signOff: boolean; publish: boolean };
};

/** Everything the claim workspace shows for one article, in a fixed number of queries whatever the claim count. */
export async function getWorkspace(ctx: ServiceContext, articleId: unknown): Promise<WorkspaceDto> {
  const actor = authorize(ctx, "desk:read");
  const id = parseInput(z.uuid("Unknown article."), articleId);
  const db = await getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  if (!article) throw new NotFoundError("That article");
  const reviewer = alias(users, "reviewer");
  const [rows, sources, reviewers, scale] = await Promise.all([
    db
      .select({ claim: claims, reviewerName: reviewer.displayName, verdictLabel: verdicts.label, verdictColour: verdicts.colour })
      .from(claims)
      .leftJoin(reviewer, eq(reviewer.id, claims.reviewerId))
      .leftJoin(verdicts, eq(verdicts.id, claims.verdictId))
      .where(eq(claims.articleId, id))
      .orderBy(asc(claims.anchorStart), asc(claims.anchorEnd)),
    db
      .select({ claimId: claimSources.claimId, url: claimSources.url, title: claimSources.title })
      .from(claimSources)
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .where(eq(claims.articleId, id))
      .orderBy(asc(claimSources.position)),
    db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.displayName)),
    listCurrentVerdicts(article.ratingScaleId),
  ]);
  const sourcesByClaim = new Map<string, { url: string; title: string }[]>();
  for (const { claimId, url, title } of sources) {
    const list = sourcesByClaim.get(claimId) ?? [];
    list.push({ url, title });
    sourcesByClaim.set(claimId, list);
  }
  const counts: Record<ClaimStatus, number> = { new: 0, in_progress: 0, needs_signoff: 0, signed_off: 0, dismissed: 0 };
  const workspaceClaims: WorkspaceClaim[] = rows.map(({ claim, reviewerName, verdictLabel, verdictColour }) => {
    counts[claim.status] += 1;
    return {
      id: claim.id,
      articleId: claim.articleId,
      start: claim.anchorStart,
      end: claim.anchorEnd,
      quote: claim.quote,
      anchorState: claim.anchorState,
      statement: claim.statement,
      claimant: claim.claimant,
      checkWorthiness: claim.checkWorthiness,
      status: claim.status,
      verdictId: claim.verdictId,
      reviewerId: claim.reviewerId,
      dueOn: claim.dueOn,
      publicExplanation: claim.publicExplanation,
      version: claim.version,
      reviewerName,
      verdictLabel,
      verdictColour,
      sources: sourcesByClaim.get(claim.id) ?? [],
    };
  });
  const anchored = workspaceClaims.filter((c) => c.anchorState !== "orphaned");
  const actorOrNull = actor ?? ctx.actor;
  return {
    article: {
      id: article.id,
      title: article.title,
      slug: article.slug,
      body: article.body,
      textRevision: article.textRevision,
      version: article.version,
      sourceOutlet: article.sourceOutlet,
      sourceUrl: article.sourceUrl,
      originalAuthor: article.originalAuthor,
      originalPublishedOn: article.originalPublishedOn,
      publishedVersion: article.publishedVersion,
    },
    claims: workspaceClaims,
    suggestions: uncoveredSuggestions(suggestClaims(article.body), anchored),
    reviewers,
    verdicts: scale,
    counts,
    permissions: {
      editClaims: Boolean(ctx.system) || can(actorOrNull, "claim:update"),
      editArticle: Boolean(ctx.system) || can(actorOrNull, "article:update"),
      assign: Boolean(ctx.system) || can(actorOrNull, "claim:assign"),
      signOff: Boolean(ctx.system) || can(actorOrNull, "claim:signoff"),
      publish: Boolean(ctx.system) || can(actorOrNull, "article:publish"),
    },
  };
}
