import { createFormatter, createTranslator } from "next-intl";
import { historyWhat, historyWho } from "@/components/desk/workspace/claimHistoryWords";
import type { ClaimHistoryDto } from "@/lib/services/claims/claimHistoryDto";
import { CATALOGS } from "@/messages/catalogs";

// A claim's history as the workspace words it in English: "Eddie Editor assigned it to Rita Reviewer".

const t = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "review.claimHistory" });
const shared = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "review.shared" });
const format = createFormatter({ locale: "en", timeZone: "UTC" });

/** What each step of the history says was done ("gave the verdict …"). */
export function historyWhats(history: ClaimHistoryDto): string[] {
  return history.events.map((event) => historyWhat(event, t, shared, format));
}

/** Each step of the history as a line: who, then what they did. */
export function historyLines(history: ClaimHistoryDto): string[] {
  return history.events.map((event) => `${historyWho(event, t)} ${historyWhat(event, t, shared, format)}`);
}
