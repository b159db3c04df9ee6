import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FactCheckSources } from "@/components/desk/archive/FactCheckSources";
import { ImportFactChecksForm } from "@/components/desk/archive/ImportFactChecksForm";
import { MatchExplanation } from "@/components/desk/MatchExplanation";
import { MarkedText } from "@/components/desk/search/MarkedText";
import { getServiceContext } from "@/lib/auth";
import { languageAttributes } from "@/lib/domain/languages";
import { primaryLanguage } from "@/lib/domain/textSearchConfig";
import { roleCan } from "@/lib/auth/permissions";
import { listFactCheckSources } from "@/lib/services/archive/listFactCheckSources";
import { listStrongMatches } from "@/lib/services/archive/listStrongMatches";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { addFactCheckSourceAction, importFactChecksAction, readFactCheckSourceAction, removeFactCheckSourceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.archive");
  return { title: t("title") };
}

const PATH = "/desk/archive";

export default async function ArchivePage() {
  const actor = await requirePageActor(PATH);
  const canImport = roleCan(actor.role, "factcheck:import");
  const t = await getTranslations("desk.archive");
  const [{ archiveSize, claims }, sources] = await forPage(
    getServiceContext().then((ctx) => Promise.all([listStrongMatches(ctx, undefined), canImport ? listFactCheckSources(ctx, undefined) : []])),
    PATH,
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="text-sm text-stone-700">{t("intro", { count: archiveSize })}</p>
      </div>
      <section aria-labelledby="strong-matches-heading" className="flex flex-col gap-2">
        <h2 id="strong-matches-heading" className="text-lg font-semibold">
          {t("strongMatches")}
        </h2>
        {claims.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noStrongMatches")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {claims.map((row) => (
              <li key={row.claimId} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <Link prefetch={false} href={`/desk/articles/${row.articleId}#claim-${row.claimId}`} className="font-medium text-blue-800 underline">
                  {t("claimOf", { number: row.number, title: row.articleTitle })}
                </Link>
                <p>{row.statement}</p>
                <p className="text-stone-700">
                  {t.rich(row.match.publishedOn ? "matchesOn" : "matches", {
                    publisher: row.match.publisher,
                    rating: row.match.rating,
                    date: row.match.publishedOn ?? "",
                    statement: () => (
                      <span className="font-serif" {...languageAttributes(primaryLanguage(row.match.language))}>
                        <MarkedText runs={row.match.statementRuns} />
                      </span>
                    ),
                  })}
                </p>
                <p className="text-xs text-stone-600">
                  <MatchExplanation reason={row.match.reason} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canImport ? (
        <>
          <ImportFactChecksForm importFactChecks={importFactChecksAction} />
          <FactCheckSources
            sources={sources}
            addSource={addFactCheckSourceAction}
            readSource={readFactCheckSourceAction}
            removeSource={removeFactCheckSourceAction}
          />
        </>
      ) : null}
    </div>
  );
}
