import { useTranslations } from "next-intl";
import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { languageAttributes } from "@/lib/domain/languages";
import { summariseVerdicts } from "@/lib/domain/readerClaims";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

/** A whole fact-check in a small frame: its title, how many claims got each verdict, and the way to all of it. */
export function EmbeddedArticle({ version, publisher }: { version: PublishedVersionDto; publisher: string }) {
  const t = useTranslations("reader.embed");
  const summary = useTranslations("reader.verdictSummary");
  const counts = summariseVerdicts(version.snapshot.claims);
  return (
    <article aria-label={t("articleLabel")} className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-600">{t("by", { publisher })}</p>
      <p className="font-medium" {...languageAttributes(version.snapshot.language)}>
        {version.snapshot.title}
      </p>
      {/* How many; the badges say which verdicts, each label in its own language. */}
      <p className="text-sm">{summary("sentence", { count: version.snapshot.claims.length })}</p>
      <VerdictBadges verdicts={counts} />
      <a href={`/articles/${version.slug}`} target="_blank" rel="noopener" className="text-sm font-medium text-blue-800 underline underline-offset-2">
        {t("readAll")}
      </a>
    </article>
  );
}
