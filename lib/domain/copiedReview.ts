// What a claim's draft review becomes when an earlier fact-check's review is copied into it. Pure.
import { MAX_EXPLANATION_CHARACTERS, MAX_SOURCES_PER_CLAIM } from "./limits";

export type DraftReview = { verdictId: string | null; explanation: string; sources: { url: string; title: string }[] };

export type EarlierReview = {
  origin: "own" | "imported";
  statement: string;
  publisher: string;
  rating: string;
  publishedOn: string | null;
  url: string;
  /** The newsroom's own published explanation and sources; empty for imported fact-checks. */
  explanation: string;
  sources: { url: string; title: string }[];
};

/**
 * The draft with the earlier review added after what it holds: the verdict of the same name on the newsroom's scale
 * (else the draft's own), the explanation (for an imported check, a sentence saying who rated it what), and the
 * sources (an imported check's page among them), without repeating an address.
 */
export function copiedReview(draft: DraftReview, earlier: EarlierReview, verdicts: readonly { id: string; label: string }[]): DraftReview {
  const sameName = verdicts.find((v) => v.label.trim().toLowerCase() === earlier.rating.trim().toLowerCase());
  const when = earlier.publishedOn ? ` on ${earlier.publishedOn}` : "";
  const copied =
    earlier.origin === "own" && earlier.explanation
      ? earlier.explanation
      : `${earlier.publisher} rated this claim “${earlier.rating}”${when}.`;
  const explanation = draft.explanation.includes(copied) ? draft.explanation : [draft.explanation.trim(), copied].filter(Boolean).join("\n\n");
  const added = earlier.origin === "imported" && /^https?:\/\//.test(earlier.url) ? [{ url: earlier.url, title: `${earlier.publisher}: ${earlier.statement}`.slice(0, 300) }] : [];
  const seen = new Set<string>();
  const sources = [...draft.sources, ...earlier.sources, ...added].filter((s) => !seen.has(s.url) && seen.add(s.url)).slice(0, MAX_SOURCES_PER_CLAIM);
  return { verdictId: sameName?.id ?? draft.verdictId, explanation: explanation.slice(0, MAX_EXPLANATION_CHARACTERS), sources };
}
