import { articleUrl, buildClaimReview, buildClaimReviews, claimFragment, claimNumber, type ClaimReview, type ClaimReviewPublisher } from "@/lib/domain/claimReview";
import { verdictLanguage } from "@/lib/domain/publishedSnapshot";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublicArticleSummary, PublishedClaimEntry, PublishedVersionDto, RetractedArticleDto } from "@/lib/services/publishing/publishedDto";
import type { ArticleDocument, ArticleSummaryDocument, ClaimReviewDocument, RetractedDocument } from "./publicApiSchemas";

// The JSON documents of the public API (app/api/v1), built from published data only. Their types are the contract's
// (lib/web/publicApiSchemas.ts, from which the OpenAPI document is generated): a field the contract lacks, or one it
// requires and they miss, does not compile.

export function publisherOf(organisation: OrganisationDto): ClaimReviewPublisher {
  return { name: organisation.name, url: organisation.url, logoUrl: organisation.logoUrl, language: organisation.interfaceLanguage };
}

/** The ClaimReviews of a published version, in reading order. */
export function claimReviewsOfVersion(site: string, organisation: OrganisationDto, version: PublishedVersionDto): ClaimReview[] {
  const { snapshot } = version;
  return buildClaimReviews(site, publisherOf(organisation), {
    slug: version.slug,
    publishedAt: version.publishedAt,
    source: snapshot.source,
    claims: snapshot.claims,
  });
}

/** The ClaimReview of one published claim, as it stands in its version. */
export function claimReviewOfEntry(site: string, organisation: OrganisationDto, entry: PublishedClaimEntry): ClaimReviewDocument {
  return buildClaimReview(site, publisherOf(organisation), entry, entry.claim, entry.index);
}

export function articleSummaryDocument(site: string, article: PublicArticleSummary): ArticleSummaryDocument {
  return {
    slug: article.slug,
    title: article.title,
    latestVersion: article.latestVersion,
    publishedAt: article.publishedAt.toISOString(),
    verdictCounts: article.verdictCounts,
    url: articleUrl(site, article.slug),
    apiUrl: new URL(`/api/v1/articles/${encodeURIComponent(article.slug)}`, site).toString(),
  };
}

export function articleDocument(site: string, version: PublishedVersionDto): ArticleDocument {
  const { snapshot } = version;
  return {
    slug: version.slug,
    url: articleUrl(site, version.slug),
    version: version.number,
    latestVersion: version.latestNumber,
    publishedAt: version.publishedAt.toISOString(),
    changeNote: version.changeNote,
    isCorrection: version.isCorrection,
    title: snapshot.title,
    body: snapshot.body,
    language: snapshot.language ?? null,
    source: { outlet: snapshot.source.outlet, url: snapshot.source.url, author: snapshot.source.author, publishedOn: snapshot.source.publishedOn },
    claims: snapshot.claims.map((claim, index): ArticleDocument["claims"][number] => ({
      id: claim.id,
      number: claimNumber(claim, index),
      url: `${articleUrl(site, version.slug)}#${claimFragment(claim, index)}`,
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      statement: claim.statement,
      claimant: claim.claimant,
      claimantType: claim.claimantType ?? null,
      appearanceUrl: claim.appearanceUrl ?? null,
      verdict: {
        label: claim.verdict.label,
        description: claim.verdict.description,
        language: verdictLanguage(claim.verdict) ?? null,
        position: claim.verdict.position,
        scaleSize: claim.verdict.scaleSize,
        truthRank: claim.verdict.truthRank ?? null,
        bestTruthRank: claim.verdict.bestTruthRank ?? null,
      },
      explanation: claim.explanation,
      sources: claim.sources.map((source): ArticleDocument["claims"][number]["sources"][number] => ({ url: source.url, title: source.title })),
      reviewedAt: claim.reviewedAt,
      // As in its ClaimReview: when the review was first published, and when a later version last changed it.
      firstPublishedAt: claim.firstPublishedAt ?? version.publishedAt.toISOString(),
      modifiedAt: claim.modifiedAt ?? null,
    })),
    versions: version.history.map((v): ArticleDocument["versions"][number] => ({ number: v.number, publishedAt: v.publishedAt.toISOString(), changeNote: v.changeNote, isCorrection: v.isCorrection })),
    retractions: (version.retractions ?? []).map((r): ArticleDocument["retractions"][number] => ({ version: r.version, retractedAt: r.retractedAt.toISOString(), reason: r.reason })),
  };
}

export function retractedDocument(article: RetractedArticleDto): RetractedDocument {
  return {
    error: { status: 410, message: "This fact-check was retracted." },
    slug: article.slug,
    title: article.title,
    retractedAt: article.retractedAt.toISOString(),
    reason: article.reason,
  };
}

// The JSON-LD's ClaimReview (lib/domain/claimReview.ts, pure, for the reader pages too) is the API's: the two types
// must say the same fields, required and optional alike, or this does not compile.
type SameFields<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
const claimReviewIsTheContract: SameFields<ClaimReview, ClaimReviewDocument> & SameFields<ClaimReview["itemReviewed"], ClaimReviewDocument["itemReviewed"]> = true;
void claimReviewIsTheContract;

