import { useTranslations } from "next-intl";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { writtenIn } from "@/components/reader/WrittenIn";
import type { RetractedArticleDto } from "@/lib/services/publishing/publishedDto";

/** In another site's frame, where a retracted fact-check (or one of its claims) was embedded: that it was retracted, when and why. */
export function EmbeddedRetraction({ retraction }: { retraction: RetractedArticleDto }) {
  const t = useTranslations("reader.embed");
  const day = useReaderDay();
  return (
    <article aria-label={t("retractionLabel")} className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <p>
        <span className="inline-block rounded-full border-2 border-red-700 px-2 py-0.5 text-sm font-semibold text-red-800">{t("retracted")}</span>
      </p>
      <p className="font-medium">{t.rich("retractedOn", { title: retraction.title, written: writtenIn(retraction.language), ...timeValues(retraction.retractedAt, day(retraction.retractedAt)) })}</p>
      <p className="text-sm whitespace-pre-line">{t("why", { reason: retraction.reason })}</p>
      <a href={`/articles/${retraction.slug}`} target="_blank" rel="noopener" className="text-sm font-medium text-blue-800 underline underline-offset-2">
        {t("readRetraction")}
      </a>
    </article>
  );
}
