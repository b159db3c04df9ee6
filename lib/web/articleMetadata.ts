import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getReaderContext } from "@/lib/core/database";
import type { ClaimReview } from "@/lib/domain/claimReview";
import { articleUrl } from "@/lib/domain/claimReview";
import { oembedUrl } from "@/lib/domain/embedUrls";
import { verdictSummary } from "@/lib/domain/shareText";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublishedVersionDto, RetractedArticleDto } from "@/lib/services/publishing/publishedDto";
import { forPage } from "./pageAccess";
import { claimReviewsOfVersion } from "./publicDocuments";
import { siteOpenGraph } from "./siteMetadata";
import { siteUrl } from "./siteUrl";

// What the reader page tells machines about an article: ClaimReview JSON-LD, Open Graph and Twitter card tags.

/** The ClaimReviews of the version on the reader page. */
export async function claimReviewsForPage(version: PublishedVersionDto): Promise<ClaimReview[]> {
  const organisation = await forPage(getReaderContext().then((ctx) => getOrganisation(ctx)));
  return claimReviewsOfVersion(siteUrl(), organisation, version);
}

/** A one-line description of a published version in the page's language: its verdicts, e.g. "3 claims checked: 2 False, 1 True." */
async function versionDescription(version: PublishedVersionDto): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("reader.metadata"), getLocale()]);
  const labels = version.snapshot.claims.map((claim) => claim.verdict.label);
  if (!labels.length) return t("noClaimsRated");
  return t("claimsChecked", { count: labels.length, verdicts: verdictSummary(labels, locale) });
}

/**
 * The reader page's metadata: title, description, canonical address, the feed and oEmbed discovery links, Open Graph
 * (with the newsroom's name when given) and Twitter card tags. The share image comes from the page's
 * opengraph-image route (it answers 404 for a retracted article).
 */
export async function articleMetadata(version: PublishedVersionDto | RetractedArticleDto | null, organisation?: Pick<OrganisationDto, "name">): Promise<Metadata> {
  const t = await getTranslations("reader.metadata");
  const site = siteUrl();
  if (!version) return { metadataBase: new URL(site), title: t("articleNotFound") };
  const url = articleUrl(site, version.slug);
  if (version.kind === "retracted") {
    return { metadataBase: new URL(site), title: t("retracted", { title: version.title }), robots: { index: false }, alternates: { canonical: url } };
  }
  const title = version.snapshot.title;
  const description = await versionDescription(version);
  return {
    metadataBase: new URL(site),
    title: version.snapshot.title,
    description,
    alternates: {
      canonical: url,
      types: {
        "application/atom+xml": new URL("/feed.xml", site).toString(),
        // oEmbed discovery (WordPress, Discourse…): a pasted address of this page becomes a card of the fact-check.
        "application/json+oembed": [{ url: oembedUrl(site, url), title }],
      },
    },
    openGraph: {
      ...(organisation ? await siteOpenGraph(organisation) : {}),
      type: "article",
      url,
      title,
      description,
      publishedTime: version.history.at(-1)?.publishedAt.toISOString(),
      modifiedTime: version.publishedAt.toISOString(),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
