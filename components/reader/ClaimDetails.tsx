import { useTranslations } from "next-intl";
import { ExplanationText } from "@/components/reader/ExplanationText";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { useCreditLine } from "@/components/reader/verdictWords";
import { verdictLanguage, type PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { wordsLanguageAttributes } from "@/lib/domain/articleLanguage";

/** Everything readers learn about one claim: verdict, what was claimed and by whom, why, the sources, who wrote and who approved the verdict. */
export function ClaimDetails({ claim }: { claim: PublishedClaim }) {
  const t = useTranslations("reader.claimDetails");
  const creditLine = useCreditLine();
  const day = useReaderDay();
  return (
    <div className="flex flex-col gap-2 text-base">
      <div>
        <VerdictBadge label={claim.verdict.label} colour={claim.verdict.colour} lang={verdictLanguage(claim.verdict)} />
      </div>
      <p className="font-medium" {...wordsLanguageAttributes(claim.statement)}>
        {claim.statement}
      </p>
      {claim.claimant ? <p className="text-sm text-stone-700 dark:text-stone-300">{t("claimedBy", { claimant: claim.claimant })}</p> : null}
      {claim.explanation ? (
        <div className="text-sm" {...wordsLanguageAttributes(claim.explanation)}>
          <ExplanationText text={claim.explanation} />
        </div>
      ) : null}
      {claim.sources.length ? (
        <div className="text-sm">
          <p className="font-semibold">{t("sources")}</p>
          <ul className="list-disc ps-5">
            {claim.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer nofollow" className="break-words text-blue-800 underline dark:text-blue-300">
                  {source.title || source.url}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {t.rich("creditOn", { credit: creditLine(claim), ...timeValues(claim.reviewedAt, day(claim.reviewedAt)) })}
      </p>
    </div>
  );
}
