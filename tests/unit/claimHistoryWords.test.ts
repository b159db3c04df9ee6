import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { historyWhat, historyWho } from "@/components/desk/workspace/claimHistoryWords";
import { describeHistoryEntry, type HistoryNames } from "@/lib/domain/claimHistory";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { CATALOGS } from "@/messages/catalogs";

// A claim's history is recorded as codes and worded in the reader's interface language.

const names: HistoryNames = {
  user: (id) => ({ rita: "Rita Reviewer" })[id],
  verdict: (id) => ({ v1: { label: "Mostly true", scaleVersion: 2 } })[id],
};
const at = new Date("2026-03-01T10:00:00Z");

function line(language: InterfaceLanguage, entry: Parameters<typeof describeHistoryEntry>[0]): string {
  const t = createTranslator({ locale: language, messages: CATALOGS[language], namespace: "review.claimHistory" });
  const shared = createTranslator({ locale: language, messages: CATALOGS[language], namespace: "review.shared" });
  const event = describeHistoryEntry(entry, names);
  return `${historyWho(event, t)} ${historyWhat(event, t, shared, createFormatter({ locale: language, timeZone: "UTC" }))}`;
}

describe("a claim's history in words", () => {
  test("several changes of one save are one sentence; people and verdicts no longer on file say so", () => {
    const entry = {
      at,
      actorName: null,
      action: "claim.assign",
      before: { reviewerId: "gone", dueOn: null },
      after: { reviewerId: "rita", dueOn: "2026-12-03" },
    };
    expect(line("en", entry)).toBe("System reassigned it from someone no longer on file to Rita Reviewer and set the due date to Dec 3, 2026");
    expect(line("es", entry)).toBe("Sistema la reasignó de alguien que ya no figura en el registro a Rita Reviewer y fijó la fecha límite para el 3 dic 2026");
  });

  test("a change that reopens a signed-off claim says it waits for sign-off again", () => {
    const entry = {
      at,
      actorName: "Eddie Editor",
      action: "claim.edit",
      before: { statement: "A", status: "signed_off" },
      after: { statement: "B", status: "needs_signoff" },
    };
    expect(line("en", entry)).toBe("Eddie Editor changed the statement from “A” to “B”, so it waits for sign-off again");
    expect(line("uk", entry)).toBe("Eddie Editor змінює формулювання з «A» на «B», тож воно знову очікує на затвердження");
  });

  test("statuses and verdicts are worded; an unknown action keeps its audit code", () => {
    const review = { at, actorName: "Rita Reviewer", action: "claim.review", before: { status: "new" }, after: { verdictId: "v1", status: "in_progress" } };
    expect(line("en", review)).toBe("Rita Reviewer gave the verdict “Mostly true” (rating scale version 2) and set it to in review");
    expect(line("ar", { at, actorName: "Rita Reviewer", action: "claim.sign_off", before: {}, after: { verdictId: "v1" } })).toBe(
      "Rita Reviewer اعتماد الحكم «Mostly true» (سلّم التقييم، الإصدار 2)",
    );
    expect(line("en", { at, actorName: "Eddie Editor", action: "claim.archive", before: {}, after: {} })).toBe("Eddie Editor claim.archive");
  });
});
