import { useTranslations } from "next-intl";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { useCreditLine } from "@/components/reader/verdictWords";
import { shorten } from "@/lib/domain/shareText";
import { verdictLanguage } from "@/lib/domain/publishedSnapshot";
import type { PublishedClaimEntry } from "@/lib/services/publishing/publishedDto";
import { wordsLanguageAttributes } from "@/lib/domain/articleLanguage";

/** How much of the explanation the card carries: cut at a word, with "…", so it never reads as the whole. */
export const EMBED_EXPLANATION_CHARACTERS = 240;

/**
 * One published claim in a small frame: its verdict first, the claim, the start of the explanation, who wrote and
 * approved it, and the way to all of it. The card never outgrows its frame: the texts clamp (and clip, in a very
 * short frame) while the verdict and the link keep their room, so a 300×200 frame still shows both.
 */
export function EmbeddedClaim({ entry, href }: { entry: PublishedClaimEntry; href: string }) {
  const t = useTranslations("reader.embed");
  const creditLine = useCreditLine();
  const { claim } = entry;
  // Frames up to 320 px high (oEmbed's default is 260) get shorter clamps; up to 240 px, the claimant and the credit
  // give way, so the verdict, the claim, the start of the explanation and the link fit in whole lines.
  return (
    <article
      aria-label={t("claimLabel")}
      className="flex max-h-[calc(100dvh-1.5rem)] max-w-xl flex-col gap-2 overflow-hidden rounded-lg border border-stone-200 bg-white p-4 [@media(max-height:320px)]:gap-1 [@media(max-height:320px)]:p-2"
    >
      <div className="shrink-0">
        <VerdictBadge label={claim.verdict.label} colour={claim.verdict.colour} lang={verdictLanguage(claim.verdict)} />
      </div>
      <div className="flex min-h-0 flex-col gap-1 overflow-hidden *:shrink-0">
        <p className="line-clamp-3 font-medium [@media(max-height:320px)]:line-clamp-2" {...wordsLanguageAttributes(claim.statement)}>
          {claim.statement}
        </p>
        {claim.claimant ? <p className="truncate text-sm text-stone-600 [@media(max-height:240px)]:hidden">{t("claimedBy", { claimant: claim.claimant })}</p> : null}
        {claim.explanation ? (
          <p
            className="line-clamp-4 text-sm [@media(min-height:241px)_and_(max-height:320px)]:line-clamp-3 [@media(max-height:240px)]:line-clamp-2"
            {...wordsLanguageAttributes(claim.explanation)}
          >
            {shorten(claim.explanation, EMBED_EXPLANATION_CHARACTERS)}
          </p>
        ) : null}
        <p className="truncate text-xs text-stone-600 [@media(max-height:240px)]:hidden">{creditLine(claim)}</p>
      </div>
      <a href={href} target="_blank" rel="noopener" className="shrink-0 text-sm font-medium text-blue-800 underline underline-offset-2">
        {t("readAll")}
      </a>
    </article>
  );
}
