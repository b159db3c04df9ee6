import { describe, expect, test } from "vitest";
import { translatorFor } from "@/lib/core/translator";
import { notificationSentence } from "@/lib/domain/notificationSentence";
import { creditLine, publicStaffName, verdictAuthorIds } from "@/lib/domain/verdictCredit";

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
