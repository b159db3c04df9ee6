import type { Metadata } from "next";
import { cacheForReaders } from "@/lib/core/requestState";
import { loadOrganisation } from "../loadOrganisation";

export const metadata: Metadata = { title: "About us" };

/** Who publishes these fact-checks, from the organisation's public details. */
export default async function AboutPage() {
  const organisation = await loadOrganisation();
  cacheForReaders();
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
    </article>
  );
}
