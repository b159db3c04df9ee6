import type { Metadata } from "next";
import Link from "next/link";
import { FactCheckSources } from "@/components/desk/archive/FactCheckSources";
import { ImportFactChecksForm } from "@/components/desk/archive/ImportFactChecksForm";
import { MarkedText } from "@/components/desk/search/MarkedText";
import { getServiceContext } from "@/lib/auth";
import { explainMatch } from "@/lib/domain/claimMatching/matchReason";
import { languageAttributes } from "@/lib/domain/languages";
import { primaryLanguage } from "@/lib/domain/textSearchConfig";
import { roleCan } from "@/lib/auth/permissions";
import { listFactCheckSources } from "@/lib/services/archive/listFactCheckSources";
import { listStrongMatches } from "@/lib/services/archive/listStrongMatches";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { addFactCheckSourceAction, importFactChecksAction, readFactCheckSourceAction, removeFactCheckSourceAction } from "./actions";

export const metadata: Metadata = { title: "Checked before?" };

const PATH = "/desk/archive";

export default async function ArchivePage() {
  const actor = await requirePageActor(PATH);
  const canImport = roleCan(actor.role, "factcheck:import");
  const [{ archiveSize, claims }, sources] = await forPage(
    getServiceContext().then((ctx) => Promise.all([listStrongMatches(ctx, undefined), canImport ? listFactCheckSources(ctx, undefined) : []])),
    PATH,
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Checked before?</h1>
        <p className="text-sm text-stone-700">
          The archive holds {archiveSize.toLocaleString("en")} earlier fact-check{archiveSize === 1 ? "" : "s"}: this newsroom’s published claims
          (they leave it if an article is retracted) and other fact-checkers’ work imported here. Each claim’s panel in the workspace shows its
          closest matches.
        </p>
      </div>
      <section aria-labelledby="strong-matches-heading" className="flex flex-col gap-2">
        <h2 id="strong-matches-heading" className="text-lg font-semibold">
          Open claims with a strong match nobody has looked at
        </h2>
        {claims.length === 0 ? (
          <p className="text-sm text-stone-600">
            None right now. When a new or in-progress claim very likely repeats an earlier fact-check, it is listed here until an editor links
            or dismisses the match.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {claims.map((row) => (
              <li key={row.claimId} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <Link prefetch={false} href={`/desk/articles/${row.articleId}#claim-${row.claimId}`} className="font-medium text-blue-800 underline">
                  Claim {row.number} of “{row.articleTitle}”
                </Link>
                <p>{row.statement}</p>
                <p className="text-stone-700">
                  Matches{" "}
                  <span className="font-serif" {...languageAttributes(primaryLanguage(row.match.language))}>
                    <MarkedText runs={row.match.statementRuns} />
                  </span>{" "}
                  — {row.match.publisher}, rated {row.match.rating}
                  {row.match.publishedOn ? ` (${row.match.publishedOn})` : ""}
                </p>
                <p className="text-xs text-stone-600">{explainMatch(row.match.reason)}</p>
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
