import { logger } from "@/lib/core/log";
import { TimeBudgetExceededError } from "@/lib/core/workerPool";
import type { ClaimSuggestions } from "@/lib/domain/claimSuggestions";
import { SUGGESTIONS_TIME_BUDGET_MS } from "@/lib/domain/limits";
import { runOffThread } from "../offThread/runOffThread";

/**
 * The claim suggestions for an article's text in its language (`lang`, the article's; detected from the text when
 * null), worked out on a worker thread (the event loop stays free for other requests); null when they take longer
 * than `budgetMs`.
 */
export async function suggestClaimsInTime(
  body: string,
  lang: string | null = null,
  budgetMs = SUGGESTIONS_TIME_BUDGET_MS,
): Promise<ClaimSuggestions | null> {
  const started = performance.now();
  try {
    return await runOffThread("suggestClaimsInLanguage", [body, lang], budgetMs);
  } catch (error) {
    if (!(error instanceof TimeBudgetExceededError)) throw error;
    const ms = Math.round(performance.now() - started);
    logger().warn({ characters: body.length, ms }, "claim suggestions took too long; the workspace opens without them");
    return null;
  }
}
