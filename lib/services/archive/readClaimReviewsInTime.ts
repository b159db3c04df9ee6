import { ValidationError } from "@/lib/core/errors";
import { words, type ServiceWords } from "@/lib/core/serviceWords";
import { TimeBudgetExceededError } from "@/lib/core/workerPool";
import type { ParsedClaimReviews } from "@/lib/domain/claimReviewImport";
import { CLAIM_REVIEW_READING_TIME_BUDGET_MS } from "@/lib/domain/limits";
import type { FeedEntry } from "@/lib/domain/newsFeed";
import { runOffThread } from "../offThread/runOffThread";

// Another fact-checker's file, page or feed is read on a worker thread: its HTML or XML parser is slower than linear
// in how deeply elements nest (a 800 KB page of nested <div>s takes 17 s), which on the event loop would hold up
// every request of the process, at every scheduled read of a source that serves such a page.

/** Whose field a refusal names: `url` for an address, none for an uploaded file. */
type Field = { field?: "url" };

/**
 * The ClaimReviews of a file or page (parseClaimReviews), read on a worker thread within `budgetMs`; a file that
 * cannot be read, or takes longer, is refused with a ValidationError for the editor.
 */
export async function readClaimReviewsInTime(text: string, { field }: Field = {}, budgetMs = CLAIM_REVIEW_READING_TIME_BUDGET_MS): Promise<ParsedClaimReviews> {
  const read = await inTime(runOffThread("readClaimReviews", [text], budgetMs), field);
  if ("refused" in read) throw refusal(read.refused, field);
  return read.parsed;
}

/** A news feed's entries (readNewsFeed: null when the text is no feed), read on a worker thread within `budgetMs`. */
export async function readNewsFeedInTime(text: string, base: string, { field }: Field = {}, budgetMs = CLAIM_REVIEW_READING_TIME_BUDGET_MS): Promise<FeedEntry[] | null> {
  return inTime(runOffThread("readNewsFeed", [text, base], budgetMs), field);
}

async function inTime<T>(reading: Promise<T>, field: Field["field"]): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if (!(error instanceof TimeBudgetExceededError)) throw error;
    const refused = refusal(words("claimReviewsTooLargeToRead"), field);
    refused.cause = error;
    throw refused;
  }
}

function refusal(wording: ServiceWords, field: Field["field"]): ValidationError {
  return new ValidationError(wording, field ? { [field]: wording } : {});
}
