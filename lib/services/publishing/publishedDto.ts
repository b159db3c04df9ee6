import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";

/** One published article on the home page. */
export type PublishedArticleSummary = {
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  sourceOutlet: string | null;
  claimCount: number;
};

/** A published version as readers see it, with the history of versions. */
export type PublishedVersionDto = {
  kind: "published";
  slug: string;
  number: number;
  latestNumber: number;
  publishedAt: Date;
  changeNote: string;
  isCorrection: boolean;
  snapshot: PublishedSnapshot;
  history: { number: number; publishedAt: Date; changeNote: string; isCorrection: boolean }[];
};

/** A retracted article: readers learn that it was retracted, when and why, and nothing of its content. */
export type RetractedArticleDto = { kind: "retracted"; slug: string; title: string; retractedAt: Date; reason: string };

export type PublishResult = { articleId: string; slug: string; number: number; claimCount: number };
