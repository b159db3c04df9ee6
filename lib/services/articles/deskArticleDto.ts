import type { ClaimStatus } from "@/db/schema";
import type { VerdictDto } from "../ratingScales/verdictDto";

/** One row of the desk's article list: the article and its claims counted by status. */
export type DeskArticleSummary = {
  id: string;
  title: string;
  slug: string;
  sourceOutlet: string | null;
  updatedAt: Date;
  publishedVersion: number | null;
  /** Every claim of the article, by status. */
  counts: Record<ClaimStatus, number>;
  claimCount: number;
  /** Open claims (new or in progress) assigned to the signed-in staff member. */
  assignedToMe: number;
  /** The earliest due date of the open claims, and how many days from the database's today it is (negative: past). */
  nextDueOn: string | null;
  nextDueInDays: number | null;
  /** Open claims past their due date. */
  overdueCount: number;
};

/** The desk's filters as the visitor chose them, normalised ("" = no filter). */
export type DeskFilters = {
  /** A staff member's id, "none" for unassigned claims, or "". */
  reviewer: string;
  /** A claim status, "open" (new or in progress), or "". */
  status: string;
  /** A verdict's id, "none" for claims without one, or "". */
  verdict: string;
  /** YYYY-MM-DD: claims due on or before it. */
  dueBefore: string;
};

/** What the desk's filter controls offer. */
export type DeskFilterOptions = {
  /** Active staff members, by name: who claims can be given to. */
  staff: { id: string; displayName: string }[];
  verdicts: VerdictDto[];
};

/** The desk's queues, counted over the articles the staff member may read (the desk's view links show them). */
export type DeskQueueCounts = { overdue: number; awaitingSignoff: number };

/** Page numbers of a list: 1-based; `pageCount` is at least 1. */
export type PageInfo = { page: number; pageSize: number; total: number; pageCount: number };

/** What the desk's shared parts need whatever the view: filters, options, queue counts and the database's date. */
export type DeskContext = {
  filters: DeskFilters;
  options: DeskFilterOptions;
  queues: DeskQueueCounts;
  /** The database's current date (YYYY-MM-DD), the day due dates are measured from. */
  today: string;
};

/** One page of the desk's article list. */
export type DeskArticlesPage = DeskContext & PageInfo & { articles: DeskArticleSummary[] };

/** What the desk's pages need to name an article before its workspace loads. */
export type ArticleHeaderDto = { id: string; title: string; slug: string };
