import { describe, expect, test } from "vitest";
import { segmentText } from "@/lib/domain/textSegments";

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
