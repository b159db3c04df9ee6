import type { Metadata } from "next";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import { siteUrl } from "./siteUrl";

// What every reader page tells browsers, social networks and feed readers about the site: titles that end with the
// newsroom's name (not the software's), Open Graph's site name and locale, and on the home page its canonical
// address and the feed.

/** The language and region of what readers read (the pages are in English, dates written the British way). */
export const SITE_LOCALE = "en_GB";

/** Open Graph fields every reader page shares: the newsroom's name and the locale. */
export function siteOpenGraph(organisation: Pick<OrganisationDto, "name">) {
  return { siteName: organisation.name, locale: SITE_LOCALE };
}

/** The reader pages' defaults: "<page> · <newsroom>" titles, and the Open Graph site name and locale. */
export function readerSiteMetadata(organisation: Pick<OrganisationDto, "name">): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: organisation.name, template: `%s · ${organisation.name}` },
    openGraph: { type: "website", ...siteOpenGraph(organisation) },
  };
}

/**
 * The home page (`page` of its list): the newsroom's name as its title, canonical address, feed link, Open Graph and
 * Twitter card.
 */
export function homeMetadata(organisation: Pick<OrganisationDto, "name" | "description">, page = 1): Metadata {
  const site = siteUrl();
  const home = new URL(page > 1 ? `/?page=${page}` : "/", site).toString();
  const title = { absolute: organisation.name };
  const description = organisation.description?.trim() || `Fact-checked articles from ${organisation.name}, claim by claim.`;
  return {
    metadataBase: new URL(site),
    title,
    description,
    alternates: { canonical: home, types: { "application/atom+xml": [{ url: new URL("/feed.xml", site).toString(), title: `${organisation.name}: fact-checks` }] } },
    openGraph: { type: "website", url: home, title: organisation.name, description, ...siteOpenGraph(organisation) },
    twitter: { card: "summary", title: organisation.name, description },
  };
}
