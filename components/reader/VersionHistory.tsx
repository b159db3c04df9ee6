import Link from "next/link";
import type { VersionEntry } from "@/lib/services/publishing/versionsDto";
import { readerDay } from "./readerDate";

/** Every version of an article, newest first: its date, whether it was a correction, its note, and links to it. */
export function VersionHistory({ slug, versions, latestNumber }: { slug: string; versions: VersionEntry[]; latestNumber: number }) {
  const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
  return (
    <ol aria-label="Versions" className="flex flex-col gap-3">
      {versions.map((version) => (
        <li key={version.number} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
          <h2 className="font-semibold">
            Version {version.number}
            {version.number === latestNumber ? " (latest)" : ""}
            {version.isCorrection ? <span className="ml-2 rounded-full border border-red-700 px-2 py-0.5 text-xs font-semibold text-red-800">Correction</span> : null}
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Published <time dateTime={version.publishedAt.toISOString()}>{readerDay(version.publishedAt)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line">{version.changeNote}</p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href={version.number === latestNumber ? `/articles/${slug}` : `/articles/${slug}/v/${version.number}`} className={link}>
              Read version {version.number}
            </Link>
            {version.number > 1 ? (
              <Link href={`/articles/${slug}/versions/compare?from=${version.number - 1}&to=${version.number}`} className={link}>
                What changed from version {version.number - 1}
              </Link>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
