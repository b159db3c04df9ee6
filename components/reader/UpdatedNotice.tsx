import Link from "next/link";
import { ReaderDate } from "@/components/reader/ReaderDate";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

/**
 * Tells readers that this fact-check changed since it was first published, what changed, and where the versions are;
 * that this version was retracted, or that the fact-check was retracted before and published again, when and why.
 */
export function UpdatedNotice({ version }: { version: PublishedVersionDto }) {
  const older = version.number < version.latestNumber;
  const retractions = version.retractions ?? [];
  const thisOne = retractions.find((r) => r.version === version.number);
  const before = retractions.filter((r) => r.version < version.number);
  if (version.number === 1 && !older && !thisOne && !before.length) return null;
  return (
    <aside
      aria-label={version.isCorrection ? "Correction" : "Update"}
      className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-stone-900 dark:border-amber-400 dark:bg-stone-900 dark:text-stone-100"
    >
      {thisOne ? (
        <p>
          <strong className="font-semibold">Retracted</strong> <ReaderDate value={thisOne.retractedAt} />: we withdrew this version and published
          the fact-check again later. Why we retracted it: {thisOne.reason}
        </p>
      ) : null}
      {before.map((r) => (
        <p key={r.version}>
          <strong className="font-semibold">Retracted</strong> <ReaderDate value={r.retractedAt} />: we withdrew version {r.version} and published
          the fact-check again as version {r.version + 1}. Why we retracted it: {r.reason}
        </p>
      ))}
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
