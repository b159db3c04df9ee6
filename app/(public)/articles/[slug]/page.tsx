import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimReviewJsonLd } from "@/components/reader/ClaimReviewJsonLd";
import { PublishedArticle } from "@/components/reader/PublishedArticle";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { articleMetadata, claimReviewsForPage } from "@/lib/web/articleMetadata";
import { forPage } from "@/lib/web/pageAccess";
import { loadOrganisation } from "../../loadOrganisation";

type Props = { params: Promise<{ slug: string }> };

/** The latest published version, loaded once per request for the metadata and the page. */
const loadVersion = cache(async (slug: string) => forPage(getReaderContext().then((ctx) => getPublishedVersion(ctx, { slug }))));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [version, organisation] = await Promise.all([loadVersion((await params).slug), loadOrganisation()]);
  return articleMetadata(version, organisation);
}

export default async function ArticlePage({ params }: Props) {
  const [version, organisation] = await Promise.all([loadVersion((await params).slug), loadOrganisation()]);
  // Published, retracted or unknown: the answer depends only on published data.
  const { slug } = await params;
  cacheForReaders([articleKey(slug), ...(version?.kind === "published" ? version.snapshot.claims.map((claim) => claimKey(claim.id)) : [])]);
  if (!version) notFound();
  if (version.kind === "retracted") {
    answerWithStatus(410);
    return <RetractedNotice title={version.title} language={version.language} version={version.version} retractedAt={version.retractedAt} reason={version.reason} />;
  }
  return (
    <>
      <ClaimReviewJsonLd reviews={await claimReviewsForPage(version)} />
      <PublishedArticle version={version} publisher={organisation.name} />
    </>
  );
}
