import type { Metadata, ResolvingMetadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublishedArticle } from "@/components/reader/PublishedArticle";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey } from "@/lib/domain/surrogateKeys";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { articleUrl } from "@/lib/domain/claimReview";
import { articleMetadata } from "@/lib/web/articleMetadata";
import { forPage } from "@/lib/web/pageAccess";
import { siteUrl } from "@/lib/web/siteUrl";
import { loadOrganisation } from "../../../../loadOrganisation";

type Props = { params: Promise<{ slug: string; n: string }> };

// Only digits name a version ("1e0" or " 1" are not addresses of one); anything else is not found.
const loadVersion = cache(async (slug: string, n: string) =>
  /^[1-9][0-9]{0,6}$/.test(n) ? forPage(getReaderContext().then((ctx) => getPublishedVersion(ctx, { slug, number: Number(n) }))) : null,
);

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { slug, n } = await params;
  const [version, t] = await Promise.all([loadVersion(slug, n), getTranslations("reader.metadata")]);
  if (!version) return { title: t("versionNotFound") };
  if (version.kind === "retracted") return { title: t("retracted", { title: version.title }) };
  // The reader page's tags, of this version: its verdicts, its own address and title.
  const metadata = await articleMetadata(version, await loadOrganisation());
  const title = t("version", { title: version.snapshot.title, number: version.number });
  const url = `${articleUrl(siteUrl(), slug)}/v/${version.number}`;
  // The article's share image (its opengraph-image route, a segment above): tags set here replace what is inherited.
  const inherited = await parent;
  return {
    ...metadata,
    title,
    alternates: { ...metadata.alternates, canonical: url },
    openGraph: { ...metadata.openGraph, title, url, images: inherited.openGraph?.images },
    twitter: { ...metadata.twitter, title, images: inherited.twitter?.images },
  };
}

/** An older version, readable as it was published, with a notice pointing to the latest. */
export default async function ArticleVersionPage({ params }: Props) {
  const { slug, n } = await params;
  cacheForReaders([articleKey(slug)]);
  const version = await loadVersion(slug, n);
  if (!version) notFound();
  if (version.kind === "retracted") {
    answerWithStatus(410);
    return <RetractedNotice title={version.title} language={version.language} version={version.version} retractedAt={version.retractedAt} reason={version.reason} />;
  }
  // Its notice (components/reader/UpdatedNotice.tsx) says which version this is and links to the latest.
  return <PublishedArticle version={version} />;
}
