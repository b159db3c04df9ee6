import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { retractionOfVersion } from "@/lib/domain/retractionOfVersion";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

const strong = (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>;
const latestLink = (slug: string, chunks: ReactNode) => (
  <Link href={`/articles/${slug}`} className="text-blue-800 underline dark:text-blue-300">
    {chunks}
  </Link>
);

/**
 * Tells readers that this fact-check changed since it was first published, what changed, and where the versions are;
 * that this version was retracted, or that the fact-check was retracted before and published again, when and why.
 */
export function UpdatedNotice({ version }: { version: PublishedVersionDto }) {
  const t = useTranslations("reader.updatedNotice");
  const day = useReaderDay();
  const older = version.number < version.latestNumber;
  const retractions = version.retractions ?? [];
  const thisOne = retractionOfVersion(retractions, version.number);
  const before = retractions.filter((r) => r.version < version.number);
  if (version.number === 1 && !older && !thisOne && !before.length) return null;
  const when = (value: Date) => timeValues(value, day(value));
  return (
    <aside
      aria-label={version.isCorrection ? t("correctionLabel") : t("updateLabel")}
      className="rounded-md border-s-4 border-amber-600 bg-amber-50 p-4 text-stone-900 dark:border-amber-400 dark:bg-stone-900 dark:text-stone-100"
    >
      {thisOne ? <p>{t.rich("thisRetracted", { reason: thisOne.reason, strong, ...when(thisOne.retractedAt) })}</p> : null}
      {before.map((r) => (
        <p key={r.version}>{t.rich("earlierRetracted", { version: r.version, next: r.version + 1, reason: r.reason, strong, ...when(r.retractedAt) })}</p>
      ))}
      {version.number > 1 ? (
        <p>
          {version.changeNote
            ? t.rich(version.isCorrection ? "correctionNote" : "updateNote", { note: version.changeNote, strong, ...when(version.publishedAt) })
            : t.rich(version.isCorrection ? "correction" : "update", { strong, ...when(version.publishedAt) })}
        </p>
      ) : null}
      {older ? <p>{t.rich("older", { number: version.number, latest: version.latestNumber, link: (chunks) => latestLink(version.slug, chunks) })}</p> : null}
      <p className="mt-1">
        <Link href={`/articles/${version.slug}/versions`} className="text-blue-800 underline dark:text-blue-300">
          {t("everyVersion")}
        </Link>
      </p>
    </aside>
  );
}
