import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { translatorFor } from "@/lib/core/translator";
import { useCreditLine } from "@/components/reader/verdictWords";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { notificationSentence } from "@/lib/domain/notificationSentence";
import { publicStaffName, verdictAuthorIds, type VerdictCredit } from "@/lib/domain/verdictCredit";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";

function CreditLine({ credit }: { credit: VerdictCredit }) {
  return useCreditLine()(credit);
}

/** The credit line as a page in `language` shows it. */
const creditLine = (credit: VerdictCredit, language: InterfaceLanguage = "en") => renderInLanguage(createElement(CreditLine, { credit }), language);

describe("the credit line under a published verdict", () => {
  test("names who wrote the verdict and who approved it", () => {
    expect(creditLine({ verdictBy: ["Ed Editor"], approvedBy: "Ada Admin" })).toBe("Verdict by Ed Editor · approved by Ada Admin");
    expect(creditLine({ verdictBy: ["Rita Reviewer", "Ed Editor"], approvedBy: "Ada Admin" })).toBe("Verdict by Rita Reviewer and Ed Editor · approved by Ada Admin");
    expect(creditLine({ verdictBy: ["A", "B", "C"], approvedBy: null })).toBe("Verdict by A, B and C · approved");
    expect(creditLine({ verdictBy: [], approvedBy: "Ada Admin" })).toBe("Approved by Ada Admin");
  });

  test("keeps the reviewer's credit of versions published before authors were recorded", () => {
    expect(creditLine({ reviewerName: "Rita Reviewer" })).toBe("Reviewed by Rita Reviewer");
    expect(creditLine({})).toBe("Reviewed");
  });

  test("is written in the page's language, names listed its way", () => {
    expect(creditLine({ verdictBy: ["Ana", "Beto", "Carla"], approvedBy: "Dora" }, "es")).toBe("Veredicto de Ana, Beto y Carla · aprobado por Dora");
    expect(creditLine({ verdictBy: ["Олена", "Петро"], approvedBy: null }, "uk")).toBe("Вердикт: Олена і Петро · затверджено");
    expect(creditLine({ reviewerName: "ليلى" }, "ar")).toBe("المراجِع: ليلى");
  });

  test("credits whoever chose the verdict and whoever wrote the explanation, else the reviewer", () => {
    expect(verdictAuthorIds({ verdictBy: "ed", explanationBy: "ed", reviewerId: "rita" })).toEqual(["ed"]);
    expect(verdictAuthorIds({ verdictBy: "rita", explanationBy: "ed", reviewerId: "rita" })).toEqual(["rita", "ed"]);
    expect(verdictAuthorIds({ verdictBy: null, explanationBy: null, reviewerId: "rita" })).toEqual(["rita"]);
    expect(verdictAuthorIds({ verdictBy: null, explanationBy: null, reviewerId: null })).toEqual([]);
  });

  test("never publishes an e-mail address as a name", () => {
    expect(publicStaffName(" Rita Reviewer ")).toBe("Rita Reviewer");
    expect(publicStaffName("rita@example.org")).toBeNull();
    expect(publicStaffName("")).toBeNull();
  });
});

test("the reviewer's notification says someone else changed the verdict", () => {
  expect(
    notificationSentence({ kind: "verdict_changed", actorName: "Ed Editor", claimNumber: 6, articleTitle: "Jobs", dueOn: null, today: "2026-03-04" }, translatorFor("en", "mail.sentence"), "en"),
  ).toBe("Ed Editor changed the verdict or explanation of claim 6 of “Jobs”");
});
