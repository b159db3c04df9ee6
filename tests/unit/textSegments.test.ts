import { describe, expect, test } from "vitest";
import { segmentText, textRanges } from "@/lib/domain/textSegments";

describe("segmentText", () => {
  test("splits paragraphs at line breaks and drops blank lines", () => {
    const paragraphs = segmentText("One.\n\nTwo.", []);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(""))).toEqual(["One.", "Two."]);
  });

  test("marks the covered text of each span, with offsets into the original", () => {
    const text = "Alpha beta gamma.\nDelta.";
    const [first, second] = segmentText(text, [{ id: "a", start: 6, end: 10 }, { id: "b", start: 18, end: 24 }]);
    expect(first!.segments).toEqual([
      { start: 0, end: 6, text: "Alpha ", spanIds: [] },
      { start: 6, end: 10, text: "beta", spanIds: ["a"] },
      { start: 10, end: 17, text: " gamma.", spanIds: [] },
    ]);
    expect(second!.segments).toEqual([{ start: 18, end: 24, text: "Delta.", spanIds: ["b"] }]);
  });

  test("overlapping spans produce segments covered by both", () => {
    const [p] = segmentText("abcdef", [{ id: "x", start: 0, end: 4 }, { id: "y", start: 2, end: 6 }]);
    expect(p!.segments.map((s) => [s.text, s.spanIds.sort()])).toEqual([
      ["ab", ["x"]],
      ["cd", ["x", "y"]],
      ["ef", ["y"]],
    ]);
  });

  test("a span across a line break is cut at the break, the text is never altered", () => {
    const text = "First line\nsecond line";
    const paragraphs = segmentText(text, [{ id: "s", start: 6, end: 17 }]);
    const rebuilt = paragraphs.flatMap((p) => p.segments).map((s) => s.text).join("");
    expect(rebuilt).toBe(text.replace("\n", ""));
    expect(paragraphs.flatMap((p) => p.segments).filter((s) => s.spanIds.includes("s")).map((s) => s.text)).toEqual(["line", "second"]);
  });

  test("spans out of bounds are clamped, empty ones ignored", () => {
    const [p] = segmentText("short", [{ id: "z", start: 3, end: 99 }, { id: "e", start: 2, end: 2 }]);
    expect(p!.segments).toEqual([
      { start: 0, end: 3, text: "sho", spanIds: [] },
      { start: 3, end: 5, text: "rt", spanIds: ["z"] },
    ]);
  });
});

describe("a long text, a range at a time", () => {
  const text = ["Alpha beta.", "", "Gamma delta epsilon.", "Zeta.", "A line much longer than the others, on its own.", "Eta."].join("\n");
  const spans = [
    { id: "a", start: 6, end: 30 },
    { id: "b", start: 40, end: 90 },
  ];

  test("the ranges cover the text in order, whole lines, within their limits (a longer line alone)", () => {
    const ranges = textRanges(text, 2, 25);
    expect(ranges[0]).toEqual({ start: 0, end: 13 });
    expect(ranges.map((r) => text.slice(r.start, r.end)).join("")).toBe(text);
    for (const [i, r] of ranges.entries()) {
      if (i > 0) expect(r.start).toBe(ranges[i - 1]!.end);
      expect(r.start === 0 || text[r.start - 1] === "\n").toBe(true);
      expect(text.slice(r.start, r.end).split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
      if (r.end - r.start > 25) expect(text.slice(r.start, r.end).replace(/\n$/, "")).not.toContain("\n");
    }
    expect(textRanges("", 2, 25)).toEqual([]);
  });

  test("segmenting range after range gives the paragraphs of the whole text", () => {
    for (const [lines, characters] of [[1, 1], [2, 25], [3, 1_000]] as const) {
      const pieces = textRanges(text, lines, characters).flatMap((range) => segmentText(text, spans, range));
      expect(pieces).toEqual(segmentText(text, spans));
    }
  });
});
