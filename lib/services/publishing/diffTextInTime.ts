import { logger } from "@/lib/core/log";
import { TimeBudgetExceededError } from "@/lib/core/workerPool";
import { TEXT_DIFF_TIME_BUDGET_MS } from "@/lib/domain/limits";
import { replacedWhole, type DiffParagraph } from "@/lib/domain/wordDiff";
import { runOffThread } from "../offThread/runOffThread";

/**
 * Two versions of an article's text compared word by word on a worker thread (a long text can take seconds, which
 * must not hold up the event loop); the text replaced whole when that takes longer than `budgetMs`.
 */
export async function diffTextInTime(before: string, after: string, budgetMs = TEXT_DIFF_TIME_BUDGET_MS): Promise<DiffParagraph[]> {
  const started = performance.now();
  try {
    return await runOffThread("diffWords", [before, after], budgetMs);
  } catch (error) {
    if (!(error instanceof TimeBudgetExceededError)) throw error;
    const ms = Math.round(performance.now() - started);
    logger().warn({ characters: before.length + after.length, ms }, "comparing two versions took too long; the text shows as replaced whole");
    return replacedWhole(before, after);
  }
}
