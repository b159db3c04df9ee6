import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { firstSentence } from "@/lib/domain/shareText";
import type { PublishedClaimEntry } from "@/lib/services/publishing/publishedDto";

/** One published claim in a small frame: its verdict, the claim, the gist of the explanation, and the way to all of it. */
export function EmbeddedClaim({ entry, href }: { entry: PublishedClaimEntry; href: string }) {
  const { claim } = entry;
  return (
    <article aria-label="Fact-checked claim" className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <VerdictBadge label={claim.verdict.label} colour={claim.verdict.colour} />
      <p className="font-medium">{claim.statement}</p>
      {claim.claimant ? <p className="text-sm text-stone-600">Claimed by {claim.claimant}</p> : null}
      {claim.explanation ? <p className="text-sm">{firstSentence(claim.explanation)}</p> : null}
      <a href={href} target="_blank" rel="noopener" className="text-sm font-medium text-blue-800 underline underline-offset-2">
        Read the full fact-check
      </a>
    </article>
  );
}
