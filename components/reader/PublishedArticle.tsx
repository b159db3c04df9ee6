import { AnnotatedText } from "@/components/reader/AnnotatedText";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { orderPublishedClaims } from "@/lib/domain/publishedSnapshot";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

/** One published version of an article as readers see it: the text with its claims marked, and each claim's review. */
export function PublishedArticle({ version }: { version: PublishedVersionDto }) {
  const { snapshot } = version;
  const claims = orderPublishedClaims(snapshot.body, snapshot.claims);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{snapshot.title}</h1>
        <p className="text-sm text-stone-600">
          {snapshot.source.outlet ? <>Originally published by {snapshot.source.outlet}. </> : null}
          Fact-check version {version.number}, published{" "}
          <time dateTime={version.publishedAt.toISOString()}>{version.publishedAt.toISOString().slice(0, 10)}</time>.
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <AnnotatedText
          body={snapshot.body}
          highlights={claims.map((c) => ({ id: c.id, start: c.start, end: c.end, colour: c.verdict.colour, label: c.verdict.label }))}
        />
        <section aria-labelledby="claims-heading" className="flex flex-col gap-4">
          <h2 id="claims-heading" className="text-xl font-semibold">
            {claims.length} {claims.length === 1 ? "claim" : "claims"} checked
          </h2>
          <ol className="flex flex-col gap-4">
            {claims.map((claim) => (
              <li key={claim.id} id={`claim-${claim.id}`} className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4">
                <VerdictBadge label={claim.verdict.label} colour={claim.verdict.colour} />
                <p className="mt-2 font-medium">{claim.statement}</p>
                {claim.claimant ? <p className="text-sm text-stone-600">Claimed by {claim.claimant}</p> : null}
                <p className="mt-2 text-sm">{claim.explanation}</p>
                {claim.sources.length ? (
                  <ul className="mt-2 list-disc pl-5 text-sm">
                    {claim.sources.map((source) => (
                      <li key={source.url}>
                        <a href={source.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
                          {source.title || source.url}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
