import { ValidationError } from "@/lib/core/errors";
import { TimeBudgetExceededError } from "@/lib/core/workerPool";
import type { Anchor, ReanchorResult } from "@/lib/domain/anchoring";
import { REANCHOR_TIME_BUDGET_MS } from "@/lib/domain/limits";
import { runOffThread } from "../offThread/runOffThread";
import { words } from "@/lib/core/serviceWords";

const TOO_LONG = words("reanchoringTooSlow");

/**
 * The claims' anchors carried over from the old text to the revised one, on a worker thread (1,000 claims on a 1 MB
 * text take seconds, which must not hold up the event loop); a ValidationError when that takes over `budgetMs`.
 */
export async function reanchorInTime(oldText: string, newText: string, anchors: readonly Anchor[], budgetMs = REANCHOR_TIME_BUDGET_MS): Promise<ReanchorResult[]> {
  try {
    return await runOffThread("reanchorAll", [oldText, newText, anchors], budgetMs);
  } catch (error) {
    if (!(error instanceof TimeBudgetExceededError)) throw error;
    throw new ValidationError(TOO_LONG, { body: TOO_LONG });
  }
}
