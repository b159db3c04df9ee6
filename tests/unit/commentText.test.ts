import { describe, expect, test } from "vitest";
import { commentParagraphs, commentPieces, handleOf, mentionedHandles } from "@/lib/domain/commentText";

describe("comment text", () => {
  test("keeps paragraphs and line breaks", () => {
    expect(commentParagraphs("First line\nsecond line\r\n\r\n\n  Next paragraph  \n\n")).toEqual([
      [[{ kind: "text", text: "First line" }], [{ kind: "text", text: "second line" }]],
      [[{ kind: "text", text: "Next paragraph" }]],
    ]);
  });

  test("makes bare http(s) addresses links, leaving the sentence's punctuation out", () => {
    expect(commentPieces("See https://stats.example.test/jobs?year=2024.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", url: "https://stats.example.test/jobs?year=2024" },
      { kind: "text", text: "." },
    ]);
    expect(commentPieces("(source: http://example.test/a_(b))")).toEqual([
      { kind: "text", text: "(source: " },
      { kind: "link", url: "http://example.test/a_(b)" },
      { kind: "text", text: ")" },
    ]);
    expect(commentPieces("https://example.test/@someone is a profile")[0]).toEqual({ kind: "link", url: "https://example.test/@someone" });
    expect(commentPieces("Source https://example.test/report: it says")).toEqual([
      { kind: "text", text: "Source " },
      { kind: "link", url: "https://example.test/report" },
      { kind: "text", text: ": it says" },
    ]);
  });

  test("other schemes and bare words stay text", () => {
    for (const text of ["javascript:alert(1)", "ftp://example.test", "www.example.test", "https://...", "<a href=x>y</a>"]) {
      expect(commentPieces(text).every((piece) => piece.kind === "text"), text).toBe(true);
    }
  });

  test("finds mentions by handle or whole address, not inside e-mail addresses", () => {
    expect(commentPieces("@Eddie.Editor, look.")).toEqual([
      { kind: "mention", handle: "eddie.editor" },
      { kind: "text", text: ", look." },
    ]);
    expect(mentionedHandles("ask @sam@two.test and @rita. Write to bob@example.test. @rita again, (@Pat)")).toEqual(["sam@two.test", "rita", "pat"]);
    expect(mentionedHandles("no mentions @ all")).toEqual([]);
  });

  test("a handle is the e-mail address's local part, lower-cased", () => {
    expect(handleOf("Eddie.Editor@Factdesk.test")).toBe("eddie.editor");
  });
});
