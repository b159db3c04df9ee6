import Link from "next/link";
import type { CorrectionEntry } from "@/lib/services/publishing/versionsDto";
import { readerDay } from "./readerDate";

/** Corrections, newest first: which article, which version, when, the note, and links to it and to what changed. */
export function CorrectionList({ corrections }: { corrections: CorrectionEntry[] }) {
  const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
  return (
    <ol aria-label="Corrections" className="flex flex-col gap-3">
      {corrections.map((c) => (
        <li key={`${c.slug}-${c.number}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
          <h2 className="text-lg font-medium">{c.title}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Corrected in version {c.number}, <time dateTime={c.publishedAt.toISOString()}>{readerDay(c.publishedAt)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line">{c.changeNote}</p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href={`/articles/${c.slug}/v/${c.number}`} className={link}>
              Read version {c.number}
            </Link>
            <Link href={`/articles/${c.slug}/versions/compare?from=${c.number - 1}&to=${c.number}`} className={link}>
              What changed from version {c.number - 1}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
