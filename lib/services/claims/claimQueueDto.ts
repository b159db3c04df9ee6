import type { ClaimStatus } from "@/db/schema";
import type { DeskContext, PageInfo } from "../articles/deskArticleDto";

/** A claim in a list across articles ("My claims", the desk's claim views): enough to find it and see where it stands. */
export type QueueClaim = {
  id: string;
  articleId: string;
  articleTitle: string;
  /** Stable per article. */
  number: number;
  statement: string;
  status: ClaimStatus;
  verdictLabel: string | null;
  verdictColour: string | null;
  /** The language the verdict's label is written in (its rating scale's), null without a verdict. */
  verdictLanguage: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  dueOn: string | null;
  /** Days from the database's today to the due date (negative: past), null without a due date. */
  dueInDays: number | null;
  /** Open (new or in progress) and past its due date. */
  overdue: boolean;
  /** The version the list showed, for bulk assignment's optimistic lock. */
  version: number;
};

/** Which of the signed-in staff member's claims "My claims" shows; "open" (new or in progress) is the default. */
export const MY_CLAIMS_FILTERS = ["open", "needs_signoff", "signed_off", "dismissed", "all"] as const;
export type MyClaimsFilter = (typeof MY_CLAIMS_FILTERS)[number];

/** One page of "My claims": due soonest first, claims without a due date last. */
export type MyClaimsPage = PageInfo & {
  filter: MyClaimsFilter;
  claims: QueueClaim[];
  /** How many of my claims each filter shows, for the filter links and an empty state that says where the rest are. */
  counts: Record<MyClaimsFilter, number>;
};

/** The desk's claim lists: every claim (with filters), the overdue ones, and the ones awaiting sign-off. */
export const DESK_CLAIM_VIEWS = ["claims", "overdue", "signoff"] as const;
export type DeskClaimView = (typeof DESK_CLAIM_VIEWS)[number];

/** One page of one of the desk's claim lists. */
export type DeskClaimsPage = DeskContext &
  PageInfo & {
    view: DeskClaimView;
    claims: QueueClaim[];
    /** The article the list is narrowed to, if any. */
    article: { id: string; title: string } | null;
  };

/** What bulk assignment did: the claims it changed, at their new versions, in id order. */
export type BulkAssignmentDto = {
  count: number;
  reviewer: { id: string; displayName: string };
  dueOn: string | null;
  claims: { id: string; version: number }[];
};
