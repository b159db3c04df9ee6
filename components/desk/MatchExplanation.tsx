import { useFormatter, useTranslations } from "next-intl";
import type { MatchReason } from "@/lib/domain/claimMatching/matchReason";

/** Why a claim matched an earlier fact-check, as a sentence: the numbers, names and telling words both mention. */
export function MatchExplanation({ reason }: { reason: MatchReason }) {
  const t = useTranslations("desk.matchReason");
  const format = useFormatter();
  const list = (items: readonly string[]) => format.list(items, { type: "conjunction" });
  const parts = [
    reason.numbers.length ? t("numbers", { count: reason.numbers.length, list: list(reason.numbers) }) : "",
    reason.names.length ? t("names", { count: reason.names.length, list: list(reason.names) }) : "",
    reason.words.length ? t("words", { count: reason.words.length, list: list(reason.words) }) : "",
  ].filter(Boolean);
  return parts.length ? t("bothMention", { facts: list(parts) }) : t("onlyCommon");
}
