import { useTranslations } from "next-intl";
import Link from "next/link";
import type { RetractionEntry, VersionEntry } from "@/lib/services/publishing/versionsDto";
import { ChangeNote } from "./ChangeNote";
import { timeValues, useReaderDay } from "./ReaderDate";

type Props = { slug: string; versions: VersionEntry[]; latestNumber: number; retractions?: RetractionEntry[] };

/**
 * Every version of an article and every retraction, newest first: a version's date, whether it was a correction,
 * its note and links; a retraction's date and reason (it stays on the record once the article is published again).
 */
export function VersionHistory({ slug, versions, latestNumber, retractions = [] }: Props) {
  const t = useTranslations("reader.versionHistory");
  const entries = [
    ...versions.map((version) => ({ at: version.publishedAt, version, retraction: null })),
    ...retractions.map((retraction) => ({ at: retraction.retractedAt, version: null, retraction })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-3">
      {entries.map(({ version, retraction }) =>
        version ? (
          <VersionItem key={`v${version.number}`} slug={slug} version={version} latestNumber={latestNumber} />
        ) : (
          <RetractionItem key={`r${retraction!.version}`} retraction={retraction!} />
        ),
      )}
    </ol>
  );
}

const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
const card = "rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900";

function VersionItem({ slug, version, latestNumber }: { slug: string; version: VersionEntry; latestNumber: number }) {
  const t = useTranslations("reader.versionHistory");
  const day = useReaderDay();
  return (
    <li className={card}>
      <h2 className="font-semibold">
        {t(version.number === latestNumber ? "latestVersion" : "version", { number: version.number })}
        {version.isCorrection ? <span className="ms-2 rounded-full border border-red-700 px-2 py-0.5 text-xs font-semibold text-red-800">{t("correction")}</span> : null}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t.rich("published", timeValues(version.publishedAt, day(version.publishedAt)))}</p>
      <p className="mt-1 whitespace-pre-line">
        <ChangeNote number={version.number} note={version.changeNote} />
      </p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href={version.number === latestNumber ? `/articles/${slug}` : `/articles/${slug}/v/${version.number}`} className={link}>
          {t("readVersion", { number: version.number })}
        </Link>
        {version.number > 1 ? (
          <Link href={`/articles/${slug}/versions/compare?from=${version.number - 1}&to=${version.number}`} className={link}>
            {t("whatChanged", { number: version.number - 1 })}
          </Link>
        ) : null}
      </p>
    </li>
  );
}

function RetractionItem({ retraction }: { retraction: RetractionEntry }) {
  const t = useTranslations("reader.versionHistory");
  const day = useReaderDay();
  return (
    <li id={`retraction-${retraction.version}`} className={`${card} border-s-4 border-s-red-700 dark:border-s-red-300`}>
      <h2 className="font-semibold">{t("retractedVersion", { version: retraction.version })}</h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t.rich("retracted", timeValues(retraction.retractedAt, day(retraction.retractedAt)))}</p>
      <p className="mt-1 whitespace-pre-line">{t("why", { reason: retraction.reason })}</p>
    </li>
  );
}
