import { atomFeed, type AtomEntry } from "@/lib/domain/atomFeed";
import { articleUrl } from "@/lib/domain/claimReview";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { writtenDay } from "@/lib/domain/interfaceLocales";
import { shorten, verdictSummary } from "@/lib/domain/shareText";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublishedVersionEntry, RetractionFeedEntry } from "@/lib/services/publishing/publishedDto";
import { catalogTranslator } from "@/lib/core/translator";

/** How much of each explanation an entry's content carries (cut at a word, with "…"). */
const EXPLANATION_CHARACTERS = 280;

/** The summary of one publication in the feed: what kind it is, what changed, and its verdicts. */
export function feedSummary(entry: PublishedVersionEntry, language: InterfaceLanguage = "en"): string {
  const t = catalogTranslator(language, "reader.feed");
  const kind =
    entry.number === 1 ? t("firstPublished") : t(entry.isCorrection ? "correction" : "update", { number: entry.number, note: entry.changeNote });
  const count = entry.verdicts.length;
  const checked = count ? t("checkedWithVerdicts", { count, verdicts: verdictSummary(entry.verdicts, language) }) : t("checked", { count });
  return `${kind} ${checked}`;
}

/**
 * When a claim's review was checked, as a publication tells it: nothing for a review first published by it, else
 * when it was first published, and when it was last changed (by this publication or an earlier one).
 */
function reviewDatesText(entry: PublishedVersionEntry, claim: NonNullable<PublishedVersionEntry["claims"]>[number], language: InterfaceLanguage): string {
  const t = catalogTranslator(language, "reader.feed");
  const at = entry.publishedAt.toISOString();
  if (!claim.firstPublishedAt || claim.firstPublishedAt === at) return "";
  const first = writtenDay(new Date(claim.firstPublishedAt), language);
  if (!claim.modifiedAt) return ` ${t("reviewUnchanged", { first })}`;
  if (claim.modifiedAt === at) return ` ${t("reviewChangedHere", { first })}`;
  return ` ${t("reviewChanged", { first, changed: writtenDay(new Date(claim.modifiedAt), language) })}`;
}

/** Each claim of a publication: its number, verdict, statement and review dates, then the start of its explanation. */
export function feedContent(entry: PublishedVersionEntry, language: InterfaceLanguage = "en"): string | undefined {
  if (!entry.claims?.length) return undefined;
  const t = catalogTranslator(language, "reader.feed");
  return entry.claims
    .map((claim, index) => {
      const head = `${t("claim", { number: index + 1, verdict: claim.verdict, statement: claim.statement })}${reviewDatesText(entry, claim, language)}`;
      return claim.explanation ? `${head}\n${shorten(claim.explanation, EXPLANATION_CHARACTERS)}` : head;
    })
    .join("\n\n");
}

/** A publication's entry: it names the version's own page, which never changes, and the article's current page. */
function versionEntry(site: string, entry: PublishedVersionEntry, language: InterfaceLanguage): AtomEntry {
  const t = catalogTranslator(language, "reader.feed");
  const page = `${articleUrl(site, entry.slug)}/v/${entry.number}`;
  const { withdrawn } = entry;
  const title = entry.number === 1 ? entry.title : t(entry.isCorrection ? "correctionTitle" : "updateTitle", { title: entry.title });
  return {
    id: page,
    // A version a retraction took down stays on the record, saying so: its verdicts were withdrawn.
    title: withdrawn ? t("withdrawnTitle", { number: entry.number, title: entry.title }) : title,
    link: page,
    related: articleUrl(site, entry.slug),
    published: entry.publishedAt,
    // Withdrawn is a change readers must see: feed readers show an entry again only when its `updated` moves.
    updated: withdrawn?.retractedAt ?? entry.publishedAt,
    summary: withdrawn
      ? `${t("withdrawnSummary", { date: writtenDay(withdrawn.retractedAt, language), reason: withdrawn.reason })} ${feedSummary(entry, language)}`
      : feedSummary(entry, language),
    content: feedContent(entry, language),
    // The title is the article's own words only on a first version still standing; "Correction: …" and "Withdrawn
    // (version 2): …" are the newsroom's words around them, in the feed's language, as a retraction's title is.
    language: entry.number === 1 && !withdrawn ? entry.language : null,
  };
}

/** A retraction's entry: it names the retraction in the article's history (its notice while it is retracted). */
function retractionEntry(site: string, entry: RetractionFeedEntry, language: InterfaceLanguage): AtomEntry {
  const t = catalogTranslator(language, "reader.feed");
  const place = `${articleUrl(site, entry.slug)}/versions#retraction-${entry.version}`;
  return {
    id: place,
    title: t("retractedTitle", { title: entry.title }),
    link: place,
    published: entry.retractedAt,
    updated: entry.retractedAt,
    summary: t("retractedSummary", { version: entry.version, date: writtenDay(entry.retractedAt, language), reason: entry.reason }),
  };
}

/**
 * The Atom feed of recent publications and retractions, newest first, at most `length` entries. Its own words are
 * in the newsroom's language, as its pages are; each entry keeps its article's.
 */
export function publicFeed(
  site: string,
  organisation: OrganisationDto,
  entries: readonly PublishedVersionEntry[],
  retractions: readonly RetractionFeedEntry[] = [],
  length = Infinity,
): string {
  const language = organisation.interfaceLanguage;
  const t = catalogTranslator(language, "reader.feed");
  const home = new URL("/", site).toString();
  // A retraction comes before the versions it withdrew at the same instant (the sort keeps that order on a tie).
  const all = [...retractions.map((entry) => retractionEntry(site, entry, language)), ...entries.map((entry) => versionEntry(site, entry, language))]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, length);
  return atomFeed({
    id: new URL("/feed.xml", site).toString(),
    title: t("title", { name: organisation.name }),
    link: home,
    self: new URL("/feed.xml", site).toString(),
    author: organisation.name,
    language,
    entries: all,
  });
}
