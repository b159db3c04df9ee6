import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { articles, claims, claimSources, ratingScales, users, verdicts, type ClaimStatus } from "@/db/schema";
import { authorize, can, type Action } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { publishedContentOf } from "@/lib/domain/publishable";
import { publishStamp } from "@/lib/domain/publishStamp";
import { uncoveredSuggestions } from "@/lib/domain/uncoveredSuggestions";
import { toClaimDto } from "../claims/toClaimDto";
import { suggestClaimsInTime } from "./suggestClaimsInTime";
import { currentVerdicts } from "../ratingScales/scaleRows";
import { defineVerb } from "../verb";
import { articleResource } from "./articleAccess";
import type { WorkspaceClaim, WorkspaceDto } from "./workspaceDto";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const articleIdSchema = z.uuid(said("unknownArticle"));

/** Everything the claim workspace shows for one article, in a fixed number of queries whatever the claim count. */
export const getWorkspace = defineVerb({
  name: "getWorkspace",
  permission: "article:read",
  input: articleIdSchema,
  audit: [],
}, async (ctx, id, reader): Promise<WorkspaceDto> => {
  const db = ctx.db;
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  if (!article) throw new NotFoundError(words("articleNotFound"));
  const actor = await authorize(ctx, "article:read", await articleResource(db, id, reader));
  const reviewer = alias(users, "reviewer");
  const [rows, sources, reviewers, scale, suggested] = await Promise.all([
    db
      .select({
        claim: claims,
        reviewerName: reviewer.displayName,
        verdictLabel: verdicts.label,
        verdictColour: verdicts.colour,
        verdictLanguage: ratingScales.language,
      })
      .from(claims)
      .leftJoin(reviewer, eq(reviewer.id, claims.reviewerId))
      .leftJoin(verdicts, eq(verdicts.id, claims.verdictId))
      .leftJoin(ratingScales, eq(ratingScales.id, verdicts.scaleId))
      .where(eq(claims.articleId, id))
      .orderBy(asc(claims.anchorStart), asc(claims.anchorEnd)),
    db
      .select({ claimId: claimSources.claimId, url: claimSources.url, title: claimSources.title })
      .from(claimSources)
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .where(eq(claims.articleId, id))
      .orderBy(asc(claimSources.position)),
    db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.active, true)).orderBy(asc(users.displayName)),
    currentVerdicts(db, article.ratingScaleId),
    suggestClaimsInTime(article.body, article.language),
  ]);
  const sourcesByClaim = new Map<string, { url: string; title: string }[]>();
  for (const { claimId, url, title } of sources) {
    const list = sourcesByClaim.get(claimId) ?? [];
    list.push({ url, title });
    sourcesByClaim.set(claimId, list);
  }
  const counts: Record<ClaimStatus, number> = { new: 0, in_progress: 0, needs_signoff: 0, signed_off: 0, dismissed: 0 };
  const workspaceClaims: WorkspaceClaim[] = rows.map(({ claim, reviewerName, verdictLabel, verdictColour, verdictLanguage }) => {
    counts[claim.status] += 1;
    return { ...toClaimDto(claim), reviewerName, verdictLabel, verdictColour, verdictLanguage, sources: sourcesByClaim.get(claim.id) ?? [] };
  });
  const anchored = workspaceClaims.filter((c) => c.anchorState !== "orphaned");
  const may = (action: Action) => Boolean(ctx.system) || can(actor, action);
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
      language: article.language,
      publishedVersion: article.publishedVersion,
      retracted: article.retractedAt ? { at: article.retractedAt, reason: article.retractionReason ?? "" } : null,
    },
    publishStamp: publishStamp(rows.map((r) => r.claim).filter((claim) => publishedContentOf(claim) !== null)),
    claims: workspaceClaims,
    suggestions: suggested?.scored ? uncoveredSuggestions(suggested.suggestions, anchored) : [],
    suggestionsOutOfTime: suggested === null,
    suggestionsLanguageWithoutModel: suggested && !suggested.scored ? suggested.language : null,
    reviewers,
    verdicts: scale,
    counts,
    permissions: {
      editClaims: may("claim:update"),
      editArticle: may("article:update"),
      assign: may("claim:assign"),
      signOff: may("claim:signoff"),
      publish: may("article:publish"),
    },
  };
});
