import type { useTranslations } from "next-intl";

/** The translator of the review area's shared words (messages/<language>/review.json → "shared"). */
export type SharedWords = ReturnType<typeof useTranslations<"review.shared">>;

/**
 * Phrases as one, in the interface's language: "a", "a and b", "a, b and c". Not Intl.ListFormat: its English puts a
 * comma before "and", which Factdesk's English does not.
 */
export function joinPhrases(parts: readonly string[], shared: SharedWords): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return shared("listLast", { items: parts.slice(0, -1).join(shared("listSeparator")), last: parts.at(-1) ?? "" });
}

/** Several things as a plain list ("a, b, c"), separated as the interface's language does. */
export function listOf(items: readonly string[], shared: SharedWords): string {
  return items.join(shared("listSeparator"));
}
