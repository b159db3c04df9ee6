import type { ServiceWords } from "@/lib/core/serviceWords";

/** A published claim that matches a reader's search, linked to its place in the article. */
export type PublicClaimHit = {
  slug: string;
  articleTitle: string;
  /** The article's language (ISO 639-1) as its version records it; null when unknown. */
  language: string | null;
  /** The number readers see for the claim: its place in the article's reading order. */
  claimNumber: number;
  /** The fragment of its deep link, `/articles/<slug>#claim-1a2b3c4d`, the same in every version. */
  anchor: string;
  statement: string;
  claimant: string;
  quote: string;
  /** `language`: its label's, a translation's or the scale's own words' (absent: not recorded then, the page's). */
  verdict: { label: string; colour: string; language?: string };
  /** When the review was last changed, else first published (not when its article's latest version was). */
  publishedAt: Date;
};

/** A published article whose title or text matches a reader's search. */
export type PublicArticleHit = { slug: string; title: string; language: string | null; number: number; publishedAt: Date; claimCount: number };

export type PublicSearchResult = {
  /** The words searched for, cleaned ("" when none). */
  query: string;
  /** The verdict results are narrowed to, if any, named as in `verdictOptions` (a label no claim has: as asked). */
  verdict: string | null;
  /**
   * Every verdict some published claim has, once each in the newsroom's words (whatever language it was published in),
   * worst first, with the language those words are written in (null: not recorded, the page's).
   */
  verdictOptions: { label: string; language: string | null }[];
  /** Why nothing was searched (no words, only very common words, too long a query); null when a search ran. */
  notice: ServiceWords | null;
  claims: { total: number; hits: PublicClaimHit[] };
  articles: { total: number; hits: PublicArticleHit[] };
};
