// The pure computations that can take seconds on a long article, run on a worker thread (runOffThread.ts) rather
// than on the event loop: each takes and returns only what can be copied between threads.
import { reanchorAll } from "@/lib/domain/anchoring";
import { extractArticle } from "@/lib/domain/articleExtraction";
import { readClaimReviews } from "@/lib/domain/claimReviewImport";
import { suggestClaims, suggestClaimsInLanguage } from "@/lib/domain/claimSuggestions";
import { readNewsFeed } from "@/lib/domain/newsFeed";
import { diffWords } from "@/lib/domain/wordDiff";

export const OFF_THREAD_TASKS = {
  /** Claim suggestions for an article's text, with the shipped scorer and threshold. */
  suggestClaims: (text: string) => suggestClaims(text),
  /** The same in the language given (detected when null), with that language and whether it has a check-worthiness model. */
  suggestClaimsInLanguage: (text: string, lang: string | null = null) => suggestClaimsInLanguage(text, lang ? { lang } : {}),
  diffWords,
  extractArticle,
  /** Another fact-checker's file or page read as ClaimReviews (an HTML or XML parser can take seconds on a hostile one). */
  readClaimReviews,
  readNewsFeed,
  reanchorAll,
};
