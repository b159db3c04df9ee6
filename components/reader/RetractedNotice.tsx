import { useTranslations } from "next-intl";
import { timeValues, useReaderDay } from "./ReaderDate";
import { writtenIn } from "./WrittenIn";

/**
 * What readers see of a retracted fact-check: that it was retracted (its title in its language), when and why (the
 * page answers 410). It is where the feed's and the corrections page's `#retraction-N` lead while it is retracted.
 */
export function RetractedNotice({ title, language, version, retractedAt, reason }: { title: string; language: string | null; version: number; retractedAt: Date; reason: string }) {
  const t = useTranslations("reader.retractedNotice");
  const day = useReaderDay();
  return (
    <article id={`retraction-${version}`} className="mx-auto flex max-w-3xl flex-col gap-3">
      <h1 className="text-3xl font-semibold">{t("heading")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t.rich("when", { title, written: writtenIn(language), ...timeValues(retractedAt, day(retractedAt)) })}</p>
      <section aria-labelledby="retraction-reason" className="rounded-md border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-900">
        <h2 id="retraction-reason" className="font-semibold">
          {t("why")}
        </h2>
        <p className="whitespace-pre-line">{reason}</p>
      </section>
    </article>
  );
}
