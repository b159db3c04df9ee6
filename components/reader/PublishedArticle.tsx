import { useTranslations } from "next-intl";
import { AnnotatedText, highlightsOf } from "@/components/reader/AnnotatedText";
import { ClaimNotes } from "@/components/reader/ClaimNotes";
import { ClaimPopover } from "@/components/reader/ClaimPopover";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { UpdatedNotice } from "@/components/reader/UpdatedNotice";
import { VerdictSummary } from "@/components/reader/VerdictSummary";
import { languageAttributes } from "@/lib/domain/languages";
import { numberPublishedClaims, summariseVerdicts } from "@/lib/domain/readerClaims";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

type Props = {
  version: PublishedVersionDto;
  /** The newsroom that published the fact-check, named under the headline. */
  publisher?: string;
};

/**
 * One published version of an article as readers see it: where it comes from, a summary of the verdicts, the text
 * with its claims marked (each opens its review in place) and the reviews again as numbered notes after the text.
 * The article's own words (its title and text) carry its language and direction; the rest is in the page's.
 */
export function PublishedArticle({ version, publisher }: Props) {
  const t = useTranslations("reader.publishedArticle");
  const day = useReaderDay();
  const { snapshot } = version;
  const claims = numberPublishedClaims(snapshot);
  const written = languageAttributes(snapshot.language);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold text-balance break-words" {...written}>
          {snapshot.title}
        </h1>
        <SourceLine source={snapshot.source} />
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {publisher ? `${t("factCheckedBy", { publisher })} ` : null}
          {t.rich("version", { number: version.number, ...timeValues(version.publishedAt, day(version.publishedAt)) })}
        </p>
      </header>
      <UpdatedNotice version={version} />
      <VerdictSummary counts={summariseVerdicts(claims)} />
      <section aria-labelledby="article-text-heading" className="flex flex-col gap-3">
        <h2 id="article-text-heading" className="sr-only">
          {t("textHeading")}
        </h2>
        {claims.length ? (
          <p className="text-sm text-stone-700 print:hidden dark:text-stone-300">{t("hint")}</p>
        ) : null}
        <ClaimPopover
          claims={claims.map((claim) => ({
            id: claim.id,
            anchor: claim.anchor,
            number: claim.shownNumber,
            ...(claim.oldNumber ? { legacyNumber: claim.oldNumber } : {}),
            title: t("claimTitle", { number: claim.shownNumber, verdict: claim.verdict.label }),
          }))}
        >
          <AnnotatedText
            {...written}
            body={snapshot.body}
            highlights={highlightsOf(claims)}
          />
        </ClaimPopover>
      </section>
      <ClaimNotes claims={claims} />
    </article>
  );
}

function SourceLine({ source }: { source: PublishedVersionDto["snapshot"]["source"] }) {
  const t = useTranslations("reader.publishedArticle");
  const day = useReaderDay();
  if (!source.outlet && !source.author && !source.url && !source.publishedOn) return null;
  const when = source.publishedOn ? timeValues(source.publishedOn, day(source.publishedOn)) : { date: "", time: () => null };
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      {t.rich("source", {
        outlet: source.outlet ?? "",
        hasOutlet: source.outlet ? "yes" : "no",
        author: source.author ?? "",
        hasAuthor: source.author ? "yes" : "no",
        hasDate: source.publishedOn ? "yes" : "no",
        ...when,
      })}
      {source.url && /^https?:\/\//i.test(source.url) ? (
        <>
          {" "}
          <a href={source.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline dark:text-blue-300">
            {t("readOriginal")}
          </a>
        </>
      ) : null}
    </p>
  );
}
