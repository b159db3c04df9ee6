/** One row of the desk's article list. */
export type DeskArticleSummary = {
  id: string;
  title: string;
  slug: string;
  sourceOutlet: string | null;
  updatedAt: Date;
  publishedVersion: number | null;
  claimCount: number;
  signedOffCount: number;
  assignedToMe: number;
};

/** What the desk's pages need to name an article before its workspace loads. */
export type ArticleHeaderDto = { id: string; title: string; slug: string };
