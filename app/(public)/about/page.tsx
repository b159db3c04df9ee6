import type { Metadata } from "next";
import Link from "next/link";
import { MarkdownText } from "@/components/reader/MarkdownText";
import { cacheForReaders } from "@/lib/core/requestState";
import { SCALE_KEY } from "@/lib/domain/surrogateKeys";
import { loadOrganisation } from "../loadOrganisation";

export const metadata: Metadata = { title: "About us" };

/** Who publishes these fact-checks, from the organisation's public details. */
export default async function AboutPage() {
  const organisation = await loadOrganisation();
  cacheForReaders([SCALE_KEY]);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-semibold">About {organisation.name}</h1>
      {organisation.description ? (
        <p className="whitespace-pre-line">{organisation.description}</p>
      ) : (
        <p>{organisation.name} checks claims made in published articles, one by one, and shows how it reached each verdict.</p>
      )}
      <p>
        Every fact-check names the article it reviews, the verdict on each claim, the reasons and the sources. When we change a published fact-check, we say
        so on its page and keep its earlier versions.
      </p>
      {organisation.url || organisation.contactEmail ? (
        <ul className="flex flex-col gap-1">
          {organisation.url && /^https?:\/\//i.test(organisation.url) ? (
            <li>
              Website:{" "}
              <a href={organisation.url} rel="noopener noreferrer" className="text-blue-800 underline dark:text-blue-300">
                {organisation.url}
              </a>
            </li>
          ) : null}
          {organisation.contactEmail ? (
            <li>
              Contact:{" "}
              <a href={`mailto:${organisation.contactEmail}`} className="text-blue-800 underline dark:text-blue-300">
                {organisation.contactEmail}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <section aria-labelledby="methodology-heading" className="flex flex-col gap-3">
        <h2 id="methodology-heading" className="text-2xl font-semibold">
          How we check claims
        </h2>
        {organisation.methodology ? (
          <MarkdownText text={organisation.methodology} />
        ) : (
          <p>We pick claims that matter to readers, look for the best evidence we can find, and explain each verdict with the sources we used.</p>
        )}
      </section>
      <section aria-labelledby="corrections-policy-heading" className="flex flex-col gap-3">
        <h2 id="corrections-policy-heading" className="text-2xl font-semibold">
          Corrections
        </h2>
        {organisation.correctionsPolicy ? <MarkdownText text={organisation.correctionsPolicy} /> : null}
        <p>
          <Link href="/corrections" className="text-blue-800 underline dark:text-blue-300">
            Every correction we have made
          </Link>
        </p>
      </section>
    </article>
  );
}
