import { atomFeed } from "@/lib/domain/atomFeed";
import { articleUrl } from "@/lib/domain/claimReview";
import { verdictSummary } from "@/lib/domain/shareText";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublishedVersionEntry } from "@/lib/services/publishing/publishedDto";

/** The summary of one publication in the feed: what kind it is, what changed, and its verdicts. */
export function feedSummary(entry: PublishedVersionEntry): string {
  const kind = entry.number === 1 ? "First published." : `${entry.isCorrection ? "Correction" : "Update"} (version ${entry.number}): ${entry.changeNote}`;
  const verdicts = verdictSummary(entry.verdicts);
  const checked = `${entry.verdicts.length} ${entry.verdicts.length === 1 ? "claim" : "claims"} checked${verdicts ? `: ${verdicts}` : ""}.`;
  return `${kind} ${checked}`;
}

/** The Atom feed of recent publications. */
export function publicFeed(site: string, organisation: OrganisationDto, entries: readonly PublishedVersionEntry[]): string {
  const home = new URL("/", site).toString();
  return atomFeed({
    id: new URL("/feed.xml", site).toString(),
    title: `${organisation.name}: fact-checks`,
    link: home,
    self: new URL("/feed.xml", site).toString(),
    author: organisation.name,
    entries: entries.map((entry) => {
      const page = articleUrl(site, entry.slug);
      return {
        id: `${page}/versions/${entry.number}`,
        title: entry.number === 1 ? entry.title : `${entry.isCorrection ? "Correction" : "Updated"}: ${entry.title}`,
        link: page,
        updated: entry.publishedAt,
        summary: feedSummary(entry),
      };
    }),
  });
}
