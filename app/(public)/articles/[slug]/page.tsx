import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewJsonLd } from "@/components/reader/ClaimReviewJsonLd";
import { PublishedArticle } from "@/components/reader/PublishedArticle";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";
import { articleMetadata, claimReviewsForPage } from "@/lib/web/articleMetadata";
import { latestPublishedVersion as loadVersion } from "@/lib/web/latestPublishedVersion";
import { loadOrganisation } from "../../loadOrganisation";

type Props = { params: Promise<{ slug: string }> };

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
    return <RetractedNotice title={version.title} language={version.language} retractedAt={version.retractedAt} reason={version.reason} />;
  }
  return (
    <>
      <ClaimReviewJsonLd reviews={await claimReviewsForPage(version)} />
      <PublishedArticle version={version} publisher={organisation.name} />
    </>
  );
}
