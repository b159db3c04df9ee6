import Link from "next/link";
import { ReaderDate } from "@/components/reader/ReaderDate";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

/** Tells readers that this fact-check changed since it was first published, what changed, and where the versions are. */
export function UpdatedNotice({ version }: { version: PublishedVersionDto }) {
  const older = version.number < version.latestNumber;
  if (version.number === 1 && !older) return null;
  return (
    <aside
      aria-label={version.isCorrection ? "Correction" : "Update"}
      className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-stone-900 dark:border-amber-400 dark:bg-stone-900 dark:text-stone-100"
    >
      {version.number > 1 ? (
        <p>
          <strong className="font-semibold">{version.isCorrection ? "Correction" : "Updated"}</strong> <ReaderDate value={version.publishedAt} />
          {version.changeNote ? <>: {version.changeNote}</> : "."}
        </p>
      ) : null}
      {older ? (
        <p>
          You are reading version {version.number} of {version.latestNumber}.{" "}
          <Link href={`/articles/${version.slug}`} className="text-blue-800 underline dark:text-blue-300">
            Read the latest version
          </Link>
          .
        </p>
      ) : null}
      <p className="mt-1">
        <Link href={`/articles/${version.slug}/versions`} className="text-blue-800 underline dark:text-blue-300">
          See every version of this fact-check
        </Link>
      </p>
    </aside>
  );
}
