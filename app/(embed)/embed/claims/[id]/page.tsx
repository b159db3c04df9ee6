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
import { getClaimRemoval } from "@/lib/services/publishing/getClaimRemoval";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { forPage } from "@/lib/web/pageAccess";
import { siteUrl } from "@/lib/web/siteUrl";

type Props = { params: Promise<{ id: string }> };

/** The claim as readers see it now, else the retraction of its fact-check, else the version that removed it, else nothing. */
const loadClaim = cache(async (claimId: string) =>
  forPage(
    getReaderContext().then(async (ctx) => {
      const entry = await getPublishedClaim(ctx, { claimId });
      if (entry) return { entry, gone: null };
      const gone = (await getClaimRetraction(ctx, { claimId })) ?? (await getClaimRemoval(ctx, { claimId }));
      return gone ? { entry: null, gone } : null;
    }),
  ),
);

function titleOf(found: NonNullable<Awaited<ReturnType<typeof loadClaim>>>, t: Awaited<ReturnType<typeof getTranslations<"reader.metadata">>>): string {
  if (found.entry) return t("claim", { verdict: found.entry.claim.verdict.label, statement: found.entry.claim.statement });
  return found.gone.kind === "retracted" ? t("retracted", { title: found.gone.title }) : t("removedClaim", { statement: found.gone.statement });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [found, t] = await Promise.all([loadClaim(id), getTranslations("reader.metadata")]);
  if (!found) return { title: t("claimNotFound"), robots: { index: false } };
  const title = titleOf(found, t);
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
  cacheForReaders([claimKey(id), articleKey(found.gone ? found.gone.slug : found.entry.slug)]);
  if (found.gone) {
    answerWithStatus(410);
    return found.gone.kind === "retracted" ? <EmbeddedRetraction retraction={found.gone} /> : <EmbeddedClaimRemoval removal={found.gone} />;
  }
  const { entry } = found;
  return <EmbeddedClaim entry={entry} href={`/articles/${entry.slug}#${claimFragment(entry.claim, entry.index)}`} />;
}
