import { atomFeed, type AtomEntry } from "@/lib/domain/atomFeed";
import { articleUrl } from "@/lib/domain/claimReview";
import { SITE_LANGUAGE } from "@/lib/domain/languages";
import { shorten, verdictSummary } from "@/lib/domain/shareText";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublishedVersionEntry, RetractionFeedEntry } from "@/lib/services/publishing/publishedDto";

/** How much of each explanation an entry's content carries (cut at a word, with "…"). */
const EXPLANATION_CHARACTERS = 280;

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The summary of one publication in the feed: what kind it is, what changed, and its verdicts. */
export function feedSummary(entry: PublishedVersionEntry): string {
  const kind = entry.number === 1 ? "First published." : `${entry.isCorrection ? "Correction" : "Update"} (version ${entry.number}): ${entry.changeNote}`;
  const verdicts = verdictSummary(entry.verdicts);
  const checked = `${entry.verdicts.length} ${entry.verdicts.length === 1 ? "claim" : "claims"} checked${verdicts ? `: ${verdicts}` : ""}.`;
  return `${kind} ${checked}`;
}

/**
 * When a claim's review was checked, as a publication tells it: nothing for a review first published by it, else
 * when it was first published, and when it was last changed (by this publication or an earlier one).
 */
function reviewDatesText(entry: PublishedVersionEntry, claim: NonNullable<PublishedVersionEntry["claims"]>[number]): string {
  const at = entry.publishedAt.toISOString();
  if (!claim.firstPublishedAt || claim.firstPublishedAt === at) return "";
  const first = `first published ${DAY.format(new Date(claim.firstPublishedAt))}`;
  if (!claim.modifiedAt) return ` (${first}, unchanged)`;
  return ` (${first}; ${claim.modifiedAt === at ? "changed in this version" : `changed ${DAY.format(new Date(claim.modifiedAt))}`})`;
}

/** Each claim of a publication: its number, verdict, statement and review dates, then the start of its explanation. */
export function feedContent(entry: PublishedVersionEntry): string | undefined {
  if (!entry.claims?.length) return undefined;
  return entry.claims
    .map((claim, index) => {
      const head = `Claim ${index + 1}, ${claim.verdict}: ${claim.statement}${reviewDatesText(entry, claim)}`;
      return claim.explanation ? `${head}\n${shorten(claim.explanation, EXPLANATION_CHARACTERS)}` : head;
    })
    .join("\n\n");
}

/** A publication's entry: it names the version's own page, which never changes, and the article's current page. */
function versionEntry(site: string, entry: PublishedVersionEntry): AtomEntry {
  const page = `${articleUrl(site, entry.slug)}/v/${entry.number}`;
  return {
    id: page,
    title: entry.number === 1 ? entry.title : `${entry.isCorrection ? "Correction" : "Updated"}: ${entry.title}`,
    link: page,
    related: articleUrl(site, entry.slug),
    published: entry.publishedAt,
    updated: entry.publishedAt,
    summary: feedSummary(entry),
    content: feedContent(entry),
    language: entry.language,
  };
}

/** A retraction's entry: it names the retraction in the article's history (its notice while it is retracted). */
function retractionEntry(site: string, entry: RetractionFeedEntry): AtomEntry {
  const place = `${articleUrl(site, entry.slug)}/versions#retraction-${entry.version}`;
  return {
    id: place,
    title: `Retracted: ${entry.title}`,
    link: place,
    published: entry.retractedAt,
    updated: entry.retractedAt,
    summary: `We retracted this fact-check (version ${entry.version}) on ${DAY.format(entry.retractedAt)}. Why: ${entry.reason}`,
  };
}

/** The Atom feed of recent publications and retractions, newest first, at most `length` entries. */
export function publicFeed(
  site: string,
  organisation: OrganisationDto,
  entries: readonly PublishedVersionEntry[],
  retractions: readonly RetractionFeedEntry[] = [],
  length = Infinity,
): string {
  const home = new URL("/", site).toString();
  const all = [...entries.map((entry) => versionEntry(site, entry)), ...retractions.map((entry) => retractionEntry(site, entry))]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, length);
  return atomFeed({
    id: new URL("/feed.xml", site).toString(),
    title: `${organisation.name}: fact-checks`,
    link: home,
    self: new URL("/feed.xml", site).toString(),
    author: organisation.name,
    language: SITE_LANGUAGE,
    entries: all,
  });
}
