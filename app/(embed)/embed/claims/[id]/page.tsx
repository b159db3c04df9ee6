import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { claimFragment } from "@/lib/domain/claimReview";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { forPage } from "@/lib/web/pageAccess";

type Props = { params: Promise<{ id: string }> };

const loadClaim = cache(async (claimId: string) => forPage(getReaderContext().then((ctx) => getPublishedClaim(ctx, { claimId }))));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await loadClaim((await params).id);
  return { title: entry ? `${entry.claim.verdict.label}: ${entry.claim.statement}` : "Claim not found", robots: { index: false } };
}

/** A claim of a published fact-check, for other sites to frame (see /api/oembed). */
export default async function EmbeddedClaimPage({ params }: Props) {
  const entry = await loadClaim((await params).id);
  if (!entry) notFound();
  cacheForReaders();
  return <EmbeddedClaim entry={entry} href={`/articles/${entry.slug}#${claimFragment(entry.claim, entry.index)}`} />;
}
