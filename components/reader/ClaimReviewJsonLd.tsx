import { jsonForScript, type ClaimReview } from "@/lib/domain/claimReview";

/**
 * The page's ClaimReviews as JSON-LD for search engines and fact-check aggregators. The JSON is escaped so no
 * article text can close the script element; the browser never runs it (it is data), so it needs no nonce.
 */
export function ClaimReviewJsonLd({ reviews }: { reviews: readonly ClaimReview[] }) {
  if (!reviews.length) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(reviews) }} />;
}
