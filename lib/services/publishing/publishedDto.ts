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
  slug: string;
  number: number;
  latestNumber: number;
  publishedAt: Date;
  changeNote: string;
  isCorrection: boolean;
  snapshot: PublishedSnapshot;
  history: { number: number; publishedAt: Date; changeNote: string; isCorrection: boolean }[];
};

export type PublishResult = { articleId: string; slug: string; number: number; claimCount: number };
