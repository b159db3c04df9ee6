import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { MarkdownText } from "@/components/reader/MarkdownText";
import { cacheForReaders } from "@/lib/core/requestState";
import { SCALE_KEY } from "@/lib/domain/surrogateKeys";
import { loadOrganisation } from "../loadOrganisation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reader.about");
  return { title: t("title") };
}

/** Who publishes these fact-checks, from the organisation's public details. */
export default async function AboutPage() {
  const [organisation, t] = await Promise.all([loadOrganisation(), getTranslations("reader.about")]);
  cacheForReaders([SCALE_KEY]);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("heading", { name: organisation.name })}</h1>
      {organisation.description ? (
        <p className="whitespace-pre-line">{organisation.description}</p>
      ) : (
        <p>{t("defaultDescription", { name: organisation.name })}</p>
      )}
      <p>{t("promise")}</p>
      {organisation.url || organisation.contactEmail ? (
        <ul className="flex flex-col gap-1">
          {organisation.url && /^https?:\/\//i.test(organisation.url) ? (
            <li>
              {t("website")}{" "}
              <a href={organisation.url} rel="noopener noreferrer" className="text-blue-800 underline dark:text-blue-300">
                {organisation.url}
              </a>
            </li>
          ) : null}
          {organisation.contactEmail ? (
            <li>
              {t("contact")}{" "}
              <a href={`mailto:${organisation.contactEmail}`} className="text-blue-800 underline dark:text-blue-300">
                {organisation.contactEmail}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <section aria-labelledby="methodology-heading" className="flex flex-col gap-3">
        <h2 id="methodology-heading" className="text-2xl font-semibold">
          {t("methodologyHeading")}
        </h2>
        {organisation.methodology ? <MarkdownText text={organisation.methodology} /> : <p>{t("defaultMethodology")}</p>}
      </section>
      <section aria-labelledby="corrections-policy-heading" className="flex flex-col gap-3">
        <h2 id="corrections-policy-heading" className="text-2xl font-semibold">
          {t("correctionsHeading")}
        </h2>
        {organisation.correctionsPolicy ? <MarkdownText text={organisation.correctionsPolicy} /> : null}
        <p>
          <Link href="/corrections" className="text-blue-800 underline dark:text-blue-300">
            {t("everyCorrection")}
          </Link>
        </p>
      </section>
    </article>
  );
}
