import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { openGraphLocale } from "@/lib/domain/interfaceLocales";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import { siteUrl } from "./siteUrl";

// What every reader page tells browsers, social networks and feed readers about the site: titles that end with the
// newsroom's name (not the software's), Open Graph's site name and locale, and on the home page its canonical
// address and the feed.

/** Open Graph fields every reader page shares: the newsroom's name and the locale of the page's language ("es_ES"). */
export async function siteOpenGraph(organisation: Pick<OrganisationDto, "name">) {
  return { siteName: organisation.name, locale: openGraphLocale(await getLocale()) };
}

/** The reader pages' defaults: "<page> · <newsroom>" titles, and the Open Graph site name and locale. */
export async function readerSiteMetadata(organisation: Pick<OrganisationDto, "name">): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: organisation.name, template: `%s · ${organisation.name}` },
    openGraph: { type: "website", ...(await siteOpenGraph(organisation)) },
  };
}

/**
 * The home page (`page` of its list): the newsroom's name as its title, canonical address, feed link, Open Graph and
 * Twitter card.
 */
export async function homeMetadata(organisation: Pick<OrganisationDto, "name" | "description">, page = 1): Promise<Metadata> {
  const t = await getTranslations("reader.site");
  const site = siteUrl();
  const home = new URL(page > 1 ? `/?page=${page}` : "/", site).toString();
  const title = { absolute: organisation.name };
  const description = organisation.description?.trim() || t("description", { name: organisation.name });
  return {
    metadataBase: new URL(site),
    title,
    description,
    alternates: { canonical: home, types: { "application/atom+xml": [{ url: new URL("/feed.xml", site).toString(), title: t("feedTitle", { name: organisation.name }) }] } },
    openGraph: { type: "website", url: home, title: organisation.name, description, ...(await siteOpenGraph(organisation)) },
    twitter: { card: "summary", title: organisation.name, description },
  };
}
