import { describe, expect, test } from "vitest";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";
import { expectedText, SAMPLE_ARTICLE, SPLIT_CASES } from "./splitSentences.cases";

const CLAIM_KINDS = new Set(["sentence", "bullet"]);

describe("splitSentences: tricky cases", () => {
  test("the table has at least 40 cases", () => {
    expect(SPLIT_CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(SPLIT_CASES)("$name", ({ input, expected }) => {
    const spans = splitSentences(input);
    expect(spans.map((s) => s.text)).toEqual(expected.map(expectedText));
    spans.forEach((span, i) => {
      const want = expected[i];
      if (want === undefined) return;
      if (typeof want === "string") expect(CLAIM_KINDS.has(span.kind), `${span.text} is ${span.kind}`).toBe(true);
      else {
        expect(span.kind).toBe(want.kind);
        expect(span.suggestible).toBe(false);
      }
    });
  });

  test.each(SPLIT_CASES)("offsets and line breaks: $name", ({ input }) => {
    let previousEnd = 0;
    for (const span of splitSentences(input)) {
      expect(span.text).toBe(input.slice(span.start, span.end));
      expect(span.text).toBe(span.text.trim());
      expect(span.text.length).toBeGreaterThan(0);
      expect(span.text).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = span.end;
    }
  });
});

describe("splitSentences: flags", () => {
  test("non-claim lines of the sample article are not suggestible", () => {
    const flagged = splitSentences(SAMPLE_ARTICLE).filter((s) => !s.suggestible);
    expect(flagged.map((s) => [s.kind, s.text])).toEqual([
      ["url", "https://twitter.com/spectatorindex/status/1653736246370512896"],
      ["promotion", "CLICK HERE TO GET THE DAILYWIRE+ APP"],
    ]);
  });

  test("a statement in a bullet is suggestible; a one-word bullet or a short sentence is not", () => {
    const spans = splitSentences("- Two drones were shot down over the Kremlin.\n- Damage\nYes.");
    expect(spans.map((s) => [s.kind, s.suggestible])).toEqual([
      ["bullet", true],
      ["bullet", false],
      ["sentence", false],
    ]);
  });

  test("empty and whitespace-only input gives no spans", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\r\n\t \u00a0\n")).toEqual([]);
  });

  test("separator lines are recognised", () => {
    expect(splitSentences("***\n———").map((s) => s.kind)).toEqual(["separator", "separator"]);
  });

  test("astral characters (emoji) keep offsets as UTF-16 indices", () => {
    const input = "He posted 🔥🔥🔥 on Telegram. Then he deleted it.";
    const spans = splitSentences(input);
    expect(spans.map((s) => s.text)).toEqual(["He posted 🔥🔥🔥 on Telegram.", "Then he deleted it."]);
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});

// How fast it splits is measured by `npm run bench`, not here.
describe("splitSentences: long articles", () => {
  test("a 20,000-word article splits into sentences that are exact slices of it", () => {
    const words = SAMPLE_ARTICLE.split(/\s+/).length;
    const big = Array.from({ length: Math.ceil(20_000 / words) }, () => SAMPLE_ARTICLE).join("\n");
    const spans = splitSentences(big);
    expect(spans.length).toBeGreaterThan(900);
    for (const s of spans) expect(big.slice(s.start, s.end)).toBe(s.text);
  });
});
