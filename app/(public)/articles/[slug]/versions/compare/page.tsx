import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ChangeNote } from "@/components/reader/ChangeNote";
import { ClaimChangeList } from "@/components/reader/ClaimChangeList";
import { CompareVersionsForm } from "@/components/reader/CompareVersionsForm";
import { timeValues, useReaderDay } from "@/components/reader/ReaderDate";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { WordDiffLegend, WordDiffText } from "@/components/reader/WordDiffText";
import { writtenIn } from "@/components/reader/WrittenIn";
import { getReaderContext } from "@/lib/core/database";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { languageName } from "@/lib/domain/languages";
import { articleKey } from "@/lib/domain/surrogateKeys";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import type { VersionEntry } from "@/lib/services/publishing/versionsDto";
import { canonicalComparison, firstParam } from "@/lib/web/addressParams";
import { forPage } from "@/lib/web/pageAccess";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

const loadComparison = cache(async (slug: string, from: string, to: string) =>
  forPage(getReaderContext().then((ctx) => compareVersions(ctx, { slug, from, to }))),
);

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const canonical = canonicalComparison(query.from, query.to);
  if (canonical) permanentRedirect(`/articles/${encodeURIComponent(slug)}/versions/compare${canonical}`);
  return loadComparison(slug, firstParam(query.from), firstParam(query.to));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [found, t] = await Promise.all([load(props), getTranslations("reader.metadata")]);
  if (!found) return { title: t("versionsNotFound") };
  if (found.kind === "retracted") return { title: t("retracted", { title: found.title }) };
  return { title: t("comparison", { from: found.from.number, to: found.to.number, title: found.title }) };
}

export default async function CompareVersionsPage(props: Props) {
  cacheForReaders([articleKey((await props.params).slug)]);
  const found = await load(props);
  if (!found) notFound();
  if (found.kind === "retracted") {
    answerWithStatus(410);
    return <RetractedNotice title={found.title} language={found.language} version={found.version} retractedAt={found.retractedAt} reason={found.reason} />;
  }
  const [t, locale] = await Promise.all([getTranslations("reader.compare"), getLocale()]);
  const { slug, from, to } = found;
  const same = from.number === to.number;
  return (
    <section aria-labelledby="compare-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 id="compare-heading" className="text-2xl font-semibold">
          {t("heading", { from: from.number, to: to.number })}
        </h1>
        <p className="text-stone-700 dark:text-stone-300">
          {t.rich("title", { title: found.title, written: writtenIn(found.language) })}{" "}
          <Link href={`/articles/${slug}/versions`} className="text-blue-800 underline dark:text-blue-200">
            {t("everyVersion")}
          </Link>
        </p>
        <CompareVersionsForm slug={slug} versions={found.versions} from={from.number} to={to.number} />
      </header>
      {same ? <p role="status">{t("sameVersion")}</p> : null}
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <VersionCard slug={slug} version={from} latest={found.latestNumber} />
        <VersionCard slug={slug} version={to} latest={found.latestNumber} />
      </dl>
      <section aria-labelledby="claims-changes" className="flex flex-col gap-3">
        <h2 id="claims-changes" className="text-xl font-semibold">
          {t("claimsHeading")}
        </h2>
        <ClaimChangeList changes={found.claims} from={from.number} />
      </section>
      <section aria-labelledby="text-changes" className="flex flex-col gap-3">
        <h2 id="text-changes" className="text-xl font-semibold">
          {t("textHeading")}
        </h2>
        {found.sourceChanged ? <p>{t("sourceChanged")}</p> : null}
        {found.languageChange ? (
          <p>{found.languageChange.to ? t("languageNow", { language: languageName(found.languageChange.to, locale) }) : t("languageRemoved")}</p>
        ) : null}
        {found.titleChange ? (
          <div>
            <p className="font-medium">{t("headlineChanged")}</p>
            <WordDiffText paragraphs={found.titleChange} className="text-lg" language={found.textLanguage} />
          </div>
        ) : null}
        {found.textChanged ? (
          <>
            <WordDiffLegend />
            <WordDiffText paragraphs={found.text} language={found.textLanguage} className="rounded-lg border border-stone-200 bg-white p-4 font-serif text-lg leading-relaxed dark:border-stone-700 dark:bg-stone-900" />
          </>
        ) : (
          <p>{t("textSame")}</p>
        )}
      </section>
    </section>
  );
}

function VersionCard({ slug, version, latest }: { slug: string; version: VersionEntry; latest: number }) {
  const t = useTranslations("reader.compare");
  const day = useReaderDay();
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <dt className="font-semibold">
        {t.rich(version.isCorrection ? "correctionCard" : "versionCard", { number: version.number, ...timeValues(version.publishedAt, day(version.publishedAt)) })}
      </dt>
      <dd className="mt-1 flex flex-col gap-1">
        <span className="whitespace-pre-line">
          <ChangeNote number={version.number} note={version.changeNote} />
        </span>
        <Link href={version.number === latest ? `/articles/${slug}` : `/articles/${slug}/v/${version.number}`} className="text-sm text-blue-800 underline dark:text-blue-200">
          {t("readVersion", { number: version.number })}
        </Link>
      </dd>
    </div>
  );
}
