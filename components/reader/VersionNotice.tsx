import Link from "next/link";
import { readerDay } from "./readerDate";

/** Above an older version: which one this is, and the way to the latest and to every version. */
export function VersionNotice({ slug, number, latestNumber, publishedAt }: { slug: string; number: number; latestNumber: number; publishedAt: Date }) {
  return (
    <aside role="note" aria-label="Older version" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-stone-900">
      <p>
        You are reading version {number} of {latestNumber}, published <time dateTime={publishedAt.toISOString()}>{readerDay(publishedAt)}</time>.{" "}
        <Link href={`/articles/${slug}`} className="font-medium text-blue-800 underline">
          Read the latest version
        </Link>{" "}
        or{" "}
        <Link href={`/articles/${slug}/versions`} className="text-blue-800 underline">
          see every version
        </Link>
        .
      </p>
    </aside>
  );
}
