import type { ServiceContext } from "@/lib/core/context";
import { getClaimRemoval } from "@/lib/services/publishing/getClaimRemoval";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import type { PublishedClaimEntry, RemovedClaimDto, RetractedArticleDto } from "@/lib/services/publishing/publishedDto";

/** What a claim's embed shows: the claim as readers see it now, or what became of it (its fact-check retracted, or itself removed). */
export type ClaimEmbed = { entry: PublishedClaimEntry; gone: null } | { entry: null; gone: RetractedArticleDto | RemovedClaimDto };

/**
 * The claim as readers see it now, else the retraction of its fact-check, else the version that removed it; null for
 * a claim no version published. The embed page and oEmbed answer the same address with it.
 */
export async function findClaimEmbed(ctx: ServiceContext, claimId: string): Promise<ClaimEmbed | null> {
  const entry = await getPublishedClaim(ctx, { claimId });
  if (entry) return { entry, gone: null };
  const gone = (await getClaimRetraction(ctx, { claimId })) ?? (await getClaimRemoval(ctx, { claimId }));
  return gone ? { entry: null, gone } : null;
}

/** The fact-check it belongs to, whose changes change the embed (the reader cache's key). */
export function claimEmbedSlug(found: ClaimEmbed): string {
  return found.entry ? found.entry.slug : found.gone.slug;
}

/** The words of the titles (`reader.metadata`), in whichever language the caller's translator says them. */
type TitleWords = (key: "claim" | "retracted" | "removedClaim", values: Record<string, string>) => string;

/** Its title, as the embed page and oEmbed give it. */
export function claimEmbedTitle(found: ClaimEmbed, t: TitleWords): string {
  if (found.entry) return t("claim", { verdict: found.entry.claim.verdict.label, statement: found.entry.claim.statement });
  return found.gone.kind === "retracted" ? t("retracted", { title: found.gone.title }) : t("removedClaim", { statement: found.gone.statement });
}
