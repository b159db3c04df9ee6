import { TimeBudgetExceededError } from "@/lib/core/workerPool";
import type { ExtractedArticle } from "@/lib/domain/articleExtraction";
import { PAGE_READING_TIME_BUDGET_MS } from "@/lib/domain/limits";
import { runOffThread } from "../offThread/runOffThread";
import { importRefused } from "@/lib/net/importSafety";
import { words } from "@/lib/core/serviceWords";

/**
 * The article read out of an imported page, on a worker thread (5 MB of HTML takes seconds, which must not hold up
 * the event loop); refused with a message for the editor when that takes longer than `budgetMs`.
 */
export async function extractArticleInTime(html: string, url: string, budgetMs = PAGE_READING_TIME_BUDGET_MS): Promise<ExtractedArticle | null> {
  try {
    return await runOffThread("extractArticle", [html, url], budgetMs);
  } catch (error) {
    if (!(error instanceof TimeBudgetExceededError)) throw error;
    throw importRefused(words("pageTooLargeToRead"), error);
  }
}
