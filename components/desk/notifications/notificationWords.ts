import type { useTranslations } from "next-intl";
import { dueWhen, type NotificationFacts } from "@/lib/domain/notificationSentence";

type SentenceWords = ReturnType<typeof useTranslations<"desk.notificationSentence">>;

/**
 * A notification's sentence in the page's language: "Eddie Editor assigned you claim 3 of “Title”". The same facts as
 * lib/domain/notificationSentence.ts words in English for mail; `list` joins several due days ("a, b and c").
 */
export function notificationWords(facts: NotificationFacts, t: SentenceWords, list: (items: string[]) => string): string {
  const who = facts.actorName ?? t("someone");
  const claim = {
    claim: facts.claimNumber !== null && facts.articleTitle !== null ? "numbered" : facts.articleTitle !== null ? "titled" : "none",
    number: facts.claimNumber ?? 0,
    title: facts.articleTitle ?? "",
  };
  const day = (dueOn: string) => ({ when: dueWhen(dueOn, facts.today), date: dueOn });
  switch (facts.kind) {
    case "assigned": {
      const { batch } = facts;
      if (batch) {
        const counts = { who, count: batch.claims, undated: batch.undated };
        const [only] = batch.dueDates;
        if (only === undefined) return t("batchUndated", { who, count: batch.claims });
        if (batch.dueDates.length === 1) return t("batchDue", { ...counts, ...day(only) });
        return t("batchDates", { ...counts, dates: list(batch.dueDates.map((dueOn) => t("dueDay", day(dueOn)))) });
      }
      return facts.dueOn ? t("assignedDue", { who, ...claim, ...day(facts.dueOn) }) : t("assigned", { who, ...claim });
    }
    case "mentioned":
      return t("mentioned", { who, ...claim });
    case "returned":
      return t("returned", { who, ...claim });
    case "signed_off":
      return t("signed_off", { who, ...claim });
    case "verdict_changed":
      return t("verdict_changed", { who, ...claim });
    case "due_soon":
      return facts.dueOn ? t("due_soon", { ...claim, ...day(facts.dueOn) }) : t("undated", claim);
  }
}
