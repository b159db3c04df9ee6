import { useTranslations } from "next-intl";
import Link from "next/link";
import { languageAttributes } from "@/lib/domain/languages";
import type { CorrectionEntry } from "@/lib/services/publishing/versionsDto";
import { timeValues, useReaderDay } from "./ReaderDate";

/**
 * Corrections and retractions, newest first: which article, which version, when, the note or reason, and links. An
 * article retracted now shows nothing but its retraction notice, so its entries lead there.
 */
export function CorrectionList({ corrections }: { corrections: CorrectionEntry[] }) {
  const t = useTranslations("reader.correctionList");
  const day = useReaderDay();
  const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-3">
      {corrections.map((c) => (
        <li key={`${c.kind}-${c.slug}-${c.number}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
          <h2 className="text-lg font-medium">
            {c.kind === "retraction" ? (
              <span className="me-2 rounded-full border border-red-700 px-2 py-0.5 text-xs font-semibold text-red-800 dark:border-red-300 dark:text-red-200">{t("retracted")}</span>
            ) : null}
            <bdi {...languageAttributes(c.language)}>{c.title}</bdi>
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {t.rich(c.kind === "retraction" ? "retractedAt" : "correctedIn", { number: c.number, ...timeValues(c.publishedAt, day(c.publishedAt)) })}
          </p>
          <p className="mt-1 whitespace-pre-line">{c.kind === "retraction" ? t("why", { reason: c.changeNote }) : c.changeNote}</p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            {c.retracted ? (
              <Link href={`/articles/${c.slug}`} className={link}>
                {c.kind === "retraction" ? t("readRetraction") : t("retractedLater")}
              </Link>
            ) : c.kind === "retraction" ? (
              <Link href={`/articles/${c.slug}/versions#retraction-${c.number}`} className={link}>
                {t("publishedAgain")}
              </Link>
            ) : (
              <>
                <Link href={`/articles/${c.slug}/v/${c.number}`} className={link}>
                  {t("readVersion", { number: c.number })}
                </Link>
                <Link href={`/articles/${c.slug}/versions/compare?from=${c.number - 1}&to=${c.number}`} className={link}>
                  {t("whatChanged", { number: c.number - 1 })}
                </Link>
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
