import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { EmbeddedClaimRemoval } from "@/components/embed/EmbeddedClaimRemoval";
import { EmbeddedRetraction } from "@/components/embed/EmbeddedRetraction";
import { claimFragment } from "@/lib/domain/claimReview";
import { embedPath, oembedUrl } from "@/lib/domain/embedUrls";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";
import { claimEmbedSlug, claimEmbedTitle, findClaimEmbed } from "@/lib/web/claimEmbed";
import { forPage } from "@/lib/web/pageAccess";
import { siteUrl } from "@/lib/web/siteUrl";

type Props = { params: Promise<{ id: string }> };

/** What the embed shows (lib/web/claimEmbed.ts), read once for the metadata and the page. */
const loadClaim = cache(async (claimId: string) => forPage(getReaderContext().then((ctx) => findClaimEmbed(ctx, claimId))));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [found, t] = await Promise.all([loadClaim(id), getTranslations("reader.metadata")]);
  if (!found) return { title: t("claimNotFound"), robots: { index: false } };
  const title = claimEmbedTitle(found, t);
  const site = siteUrl();
  return {
    title,
    robots: { index: false },
    // oEmbed discovery: a partner pasting this address gets the card.
    alternates: { types: { "application/json+oembed": [{ url: oembedUrl(site, new URL(embedPath(id), site).toString()), title }] } },
  };
}

/**
 * A claim of a published fact-check, for other sites to frame (see /api/oembed); once retracted, the retraction; once
 * removed by a later version, that version and its note.
 */
export default async function EmbeddedClaimPage({ params }: Props) {
  const { id } = await params;
  const found = await loadClaim(id);
  if (!found) notFound();
  cacheForReaders([claimKey(id), articleKey(claimEmbedSlug(found))]);
  if (found.gone) {
    answerWithStatus(410);
    return found.gone.kind === "retracted" ? <EmbeddedRetraction retraction={found.gone} /> : <EmbeddedClaimRemoval removal={found.gone} />;
  }
  const { entry } = found;
  return <EmbeddedClaim entry={entry} href={`/articles/${entry.slug}#${claimFragment(entry.claim, entry.index)}`} />;
}
