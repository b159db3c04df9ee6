import { describe, expect, test } from "vitest";
import { explanationParagraphs, explanationPieces } from "@/lib/domain/explanationText";

describe("a reviewer's explanation as readers see it", () => {
  test("keeps paragraphs and the lines within them", () => {
    expect(explanationParagraphs("First line.\nSecond line.\n\n\nNew paragraph.\r\n\r\nLast.")).toEqual([
      [[{ kind: "text", text: "First line." }], [{ kind: "text", text: "Second line." }]],
      [[{ kind: "text", text: "New paragraph." }]],
      [[{ kind: "text", text: "Last." }]],
    ]);
  });

  test("makes bare http(s) addresses links, leaving the full stop after them as text", () => {
    expect(explanationPieces("See https://example.org/report?id=1. And http://b.example.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", url: "https://example.org/report?id=1" },
      { kind: "text", text: ". And " },
      { kind: "link", url: "http://b.example" },
      { kind: "text", text: "." },
    ]);
  });

  test("never makes other schemes or markup into links or HTML", () => {
    const line = `Click javascript:alert(1) or <a href="https://evil.example">here</a> <script>x</script> data:text/html,hi`;
    const pieces = explanationPieces(line);
    expect(pieces.filter((p) => p.kind === "link")).toEqual([{ kind: "link", url: "https://evil.example" }]);
    // Nothing is lost or changed: the pieces put together give the line back, as text.
    expect(pieces.map((p) => (p.kind === "link" ? p.url : p.text)).join("")).toBe(line);
  });

  test("keeps @names exactly as written (explanations have no mentions)", () => {
    expect(explanationPieces("As @KremlinPress wrote")).toEqual([{ kind: "text", text: "As @KremlinPress wrote" }]);
  });

  test("an address without a host stays text", () => {
    expect(explanationPieces("https:// is not a link")).toEqual([{ kind: "text", text: "https:// is not a link" }]);
  });
});
