import type { ArticleMatchesDto } from "@/lib/services/archive/matchDto";
import type { ActionResult } from "@/lib/web/actionResult";

/** The server actions of "checked before?", handed down from the page. */
export type MatchActions = {
  loadMatches: (input: { articleId: string; claimId?: string; texts?: string[] }) => Promise<ActionResult<ArticleMatchesDto>>;
  decideMatch: (input: { claimId: string; key: string; decision: "linked" | "dismissed" | "none" }) => Promise<ActionResult<unknown>>;
  copyIntoReview: (input: { claimId: string; version: number; key: string }) => Promise<ActionResult<unknown>>;
};
