import { ReaderDate } from "@/components/reader/ReaderDate";
import type { RetractedArticleDto } from "@/lib/services/publishing/publishedDto";

/** In another site's frame, where a retracted fact-check (or one of its claims) was embedded: that it was retracted, when and why. */
export function EmbeddedRetraction({ retraction }: { retraction: RetractedArticleDto }) {
  return (
    <article aria-label="Retracted fact-check" className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <p>
        <span className="inline-block rounded-full border-2 border-red-700 px-2 py-0.5 text-sm font-semibold text-red-800">Retracted</span>
      </p>
      <p className="font-medium">
        We retracted our fact-check “{retraction.title}” on <ReaderDate value={retraction.retractedAt} />.
      </p>
      <p className="text-sm whitespace-pre-line">Why: {retraction.reason}</p>
      <a href={`/articles/${retraction.slug}`} target="_blank" rel="noopener" className="text-sm font-medium text-blue-800 underline underline-offset-2">
        Read the retraction notice
      </a>
    </article>
  );
}
