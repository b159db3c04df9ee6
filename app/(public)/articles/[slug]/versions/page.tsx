import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareVersionsForm } from "@/components/reader/CompareVersionsForm";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { VersionHistory } from "@/components/reader/VersionHistory";
import { writtenIn } from "@/components/reader/WrittenIn";
import { answerWithStatus, cacheForReaders } from "@/lib/core/requestState";
import { articleKey } from "@/lib/domain/surrogateKeys";
import { articleVersions as loadVersions } from "@/lib/web/articleVersions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, t] = await Promise.all([loadVersions((await params).slug), getTranslations("reader.metadata")]);
  if (!found) return { title: t("articleNotFound") };
  return { title: found.kind === "retracted" ? t("retracted", { title: found.title }) : t("versions", { title: found.title }) };
}

export default async function VersionsPage({ params }: Props) {
  const { slug } = await params;
  cacheForReaders([articleKey(slug)]);
  const found = await loadVersions(slug);
  if (!found) notFound();
  if (found.kind === "retracted") {
    answerWithStatus(410);
    return <RetractedNotice title={found.title} language={found.language} version={found.version} retractedAt={found.retractedAt} reason={found.reason} />;
  }
  const t = await getTranslations("reader.versions");
  const newest = found.versions[0]!.number;
  return (
    <section aria-labelledby="versions-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 id="versions-heading" className="text-2xl font-semibold">
          {t.rich("heading", { title: found.title, written: writtenIn(found.language) })}
        </h1>
        <p className="text-stone-700 dark:text-stone-300">
          {t.rich("intro", {
            link: (chunks) => (
              <Link href={`/articles/${found.slug}`} className="text-blue-800 underline dark:text-blue-200">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      {found.versions.length > 1 ? (
        <CompareVersionsForm slug={found.slug} versions={found.versions} from={found.versions[1]!.number} to={newest} />
      ) : (
        <p>{t("onlyOne")}</p>
      )}
      <VersionHistory slug={found.slug} versions={found.versions} latestNumber={found.latestNumber} retractions={found.retractions} />
    </section>
  );
}
