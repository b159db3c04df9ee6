import { useTranslations } from "next-intl";
import type { MatchReason } from "@/lib/domain/claimMatching/matchReason";

/** Joins words as "a, b and c" in the interface's language. */
export function useAndList(): (items: readonly string[]) => string {
  const t = useTranslations("workspace.lists");
  return (items) => (items.length < 2 ? (items[0] ?? "") : t("and", { items: items.slice(0, -1).join(t("separator")), last: items.at(-1)! }));
}

/** "Why it matched" as a sentence in the interface's language: lib/domain/claimMatching/matchReason.ts's explainMatch, translated. */
export function useExplainMatch(): (reason: MatchReason) => string {
  const t = useTranslations("workspace.matchReason");
  const and = useAndList();
  return (reason) => {
    const parts = [
      reason.numbers.length ? t("numbers", { count: reason.numbers.length, list: and(reason.numbers) }) : "",
      reason.names.length ? t("names", { count: reason.names.length, list: and(reason.names) }) : "",
      reason.words.length ? t("words", { count: reason.words.length, list: and(reason.words) }) : "",
    ].filter(Boolean);
    return parts.length ? t("bothMention", { facts: and(parts) }) : t("commonOnly");
  };
}
