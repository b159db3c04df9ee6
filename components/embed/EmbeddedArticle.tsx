import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { summariseVerdicts, verdictSummarySentence } from "@/lib/domain/readerClaims";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

/** A whole fact-check in a small frame: its title, how many claims got each verdict, and the way to all of it. */
export function EmbeddedArticle({ version, publisher }: { version: PublishedVersionDto; publisher: string }) {
  const counts = summariseVerdicts(version.snapshot.claims);
  return (
    <article aria-label="Fact-check" className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-600">Fact-check by {publisher}</p>
      <p className="font-medium">{version.snapshot.title}</p>
      <p className="text-sm">{verdictSummarySentence(counts)}</p>
      <VerdictBadges verdicts={counts} label="Verdicts" />
      <a href={`/articles/${version.slug}`} target="_blank" rel="noopener" className="text-sm font-medium text-blue-800 underline underline-offset-2">
        Read the full fact-check
      </a>
    </article>
  );
}
