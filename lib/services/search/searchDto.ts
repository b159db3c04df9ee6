import type { ServiceWords } from "@/lib/core/serviceWords";
import type { ClaimStatus } from "@/db/schema";
import type { Excerpts, TextRun } from "@/lib/domain/searchHighlights";

export type { Excerpts, TextRun } from "@/lib/domain/searchHighlights";

/** An article whose title or text matched, with the matching words marked. */
export type ArticleSearchHit = {
  id: string;
  /** The whole title, matches marked. */
  title: TextRun[];
  /** Excerpts of the text around the matches; empty when only the title matched. */
  excerpts: Excerpts;
  /** The text matched, but no excerpt shows it (the matching word is inflected unlike its stem: "hoping", "hope"). */
  textMatchedWithoutExcerpt: boolean;
  sourceOutlet: string | null;
  publishedVersion: number | null;
};

/** A claim whose statement, claimant, quote or public explanation matched, with the matching words marked. */
export type ClaimSearchHit = {
  id: string;
  articleId: string;
  articleTitle: string;
  /** The claim's stable number within its article. */
  number: number;
  status: ClaimStatus;
  /** The whole statement, matches marked. */
  statement: TextRun[];
  /** The claimant, matches marked; empty when the claim names none. */
  claimant: TextRun[];
  /** Excerpts of the quoted article text, only when a word of it matched and it says more than the statement. */
  quote: Excerpts | null;
  /** Excerpts of the public explanation, only when a word of it matched. */
  explanation: Excerpts | null;
};

/** What a desk search found: the best matches of each kind and how many matched in all. */
export type DeskSearchResult = {
  /** The query as searched (control characters removed, spacing made single). */
  query: string;
  articles: { total: number; hits: ArticleSearchHit[] };
  claims: { total: number; hits: ClaimSearchHit[] };
  /** Why nothing could be searched for (only very common words, only excluded words); null otherwise. */
  notice: ServiceWords | null;
};
