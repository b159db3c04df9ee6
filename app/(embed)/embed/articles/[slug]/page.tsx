import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbeddedArticle } from "@/components/embed/EmbeddedArticle";
import { EmbeddedRetraction } from "@/components/embed/EmbeddedRetraction";
import { articleEmbedPath, oembedUrl } from "@/lib/domain/embedUrls";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey } from "@/lib/domain/surrogateKeys";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { forPage } from "@/lib/web/pageAccess";
import { siteUrl } from "@/lib/web/siteUrl";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) =>
  forPage(getReaderContext().then((ctx) => Promise.all([getPublishedVersion(ctx, { slug }), getOrganisation(ctx)]))),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [[version], t] = await Promise.all([load(slug), getTranslations("reader.metadata")]);
  if (!version) return { title: t("factCheckNotFound"), robots: { index: false } };
  const title = version.kind === "retracted" ? t("retracted", { title: version.title }) : t("factCheck", { title: version.snapshot.title });
  const site = siteUrl();
  return {
    title,
    robots: { index: false },
    alternates: { types: { "application/json+oembed": [{ url: oembedUrl(site, new URL(articleEmbedPath(slug), site).toString()), title }] } },
  };
}

/** A whole fact-check for other sites to frame (see /api/oembed); once retracted, the retraction. */
export default async function EmbeddedArticlePage({ params }: Props) {
  const { slug } = await params;
  const [version, organisation] = await load(slug);
  if (!version) notFound();
  cacheForReaders([articleKey(slug)]);
  if (version.kind === "retracted") {
    answerWithStatus(410);
    return <EmbeddedRetraction retraction={version} />;
  }
  return <EmbeddedArticle version={version} publisher={organisation.name} />;
}
