import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { EmbeddedRetraction } from "@/components/embed/EmbeddedRetraction";
import { claimFragment } from "@/lib/domain/claimReview";
import { embedPath, oembedUrl } from "@/lib/domain/embedUrls";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { forPage } from "@/lib/web/pageAccess";
import { siteUrl } from "@/lib/web/siteUrl";

type Props = { params: Promise<{ id: string }> };

/** The claim as readers see it now, else the retraction of its fact-check, else nothing. */
const loadClaim = cache(async (claimId: string) =>
  forPage(
    getReaderContext().then(async (ctx) => {
      const entry = await getPublishedClaim(ctx, { claimId });
      if (entry) return { entry, retraction: null };
      const retraction = await getClaimRetraction(ctx, { claimId });
      return retraction ? { entry: null, retraction } : null;
    }),
  ),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [found, t] = await Promise.all([loadClaim(id), getTranslations("reader.metadata")]);
  if (!found) return { title: t("claimNotFound"), robots: { index: false } };
  const title = found.entry ? t("claim", { verdict: found.entry.claim.verdict.label, statement: found.entry.claim.statement }) : t("retracted", { title: found.retraction.title });
  const site = siteUrl();
  return {
    title,
    robots: { index: false },
    // oEmbed discovery: a partner pasting this address gets the card.
    alternates: { types: { "application/json+oembed": [{ url: oembedUrl(site, new URL(embedPath(id), site).toString()), title }] } },
  };
}

/** A claim of a published fact-check, for other sites to frame (see /api/oembed); once retracted, the retraction. */
export default async function EmbeddedClaimPage({ params }: Props) {
  const { id } = await params;
  const found = await loadClaim(id);
  if (!found) notFound();
  cacheForReaders([claimKey(id), articleKey(found.retraction ? found.retraction.slug : found.entry.slug)]);
  if (found.retraction) {
    answerWithStatus(410);
    return <EmbeddedRetraction retraction={found.retraction} />;
  }
  const { entry } = found;
  return <EmbeddedClaim entry={entry} href={`/articles/${entry.slug}#${claimFragment(entry.claim, entry.index)}`} />;
}
