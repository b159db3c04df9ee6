import { useTranslations } from "next-intl";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { writtenIn } from "@/components/reader/WrittenIn";
import type { RemovedClaimDto } from "@/lib/services/publishing/publishedDto";
import { wordsLanguageAttributes } from "@/lib/domain/articleLanguage";

/**
 * In another site's frame, where a claim was embedded that a later version of its fact-check removed: the claim as
 * last published (no verdict: it no longer stands), the version that removed it (or the retraction that withdrew it
 * before), its note, and where to read more.
 */
export function EmbeddedClaimRemoval({ removal }: { removal: RemovedClaimDto }) {
  const t = useTranslations("reader.embed");
  const day = useReaderDay();
  const { removedIn, withdrawnBy } = removal;
  const link = "text-sm font-medium text-blue-800 underline underline-offset-2";
  return (
    <article aria-label={t("removalLabel")} className="flex max-h-[calc(100dvh-1.5rem)] max-w-xl flex-col gap-2 overflow-hidden rounded-lg border border-stone-200 bg-white p-4">
      <p>
        <span className="inline-block rounded-full border-2 border-stone-600 px-2 py-0.5 text-sm font-semibold text-stone-800">{t("removed")}</span>
      </p>
      <p className="line-clamp-2 font-medium" {...wordsLanguageAttributes(removal.statement)}>
        {removal.statement}
      </p>
      <p className="text-sm">
        {withdrawnBy
          ? t.rich("withdrawnWithRetraction", {
              title: removal.title,
              written: writtenIn(removal.language),
              number: removedIn.number,
              reason: withdrawnBy.reason,
              ...timeValues(withdrawnBy.retractedAt, day(withdrawnBy.retractedAt)),
            })
          : t.rich(removedIn.isCorrection ? "removedInCorrection" : "removedInUpdate", {
              title: removal.title,
              written: writtenIn(removal.language),
              number: removedIn.number,
              ...timeValues(removedIn.publishedAt, day(removedIn.publishedAt)),
            })}
      </p>
      {removedIn.changeNote ? <p className="line-clamp-3 text-sm whitespace-pre-line">{t("changeNote", { note: removedIn.changeNote })}</p> : null}
      <p className="flex flex-wrap gap-x-4">
        <a href={`/articles/${removal.slug}/versions/compare?from=${removal.lastShownIn}&to=${removedIn.number}`} target="_blank" rel="noopener" className={link}>
          {t("seeChange")}
        </a>
        <a href={`/articles/${removal.slug}`} target="_blank" rel="noopener" className={link}>
          {t("readCurrent")}
        </a>
      </p>
    </article>
  );
}
