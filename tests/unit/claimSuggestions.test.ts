import { readFileSync } from "node:fs";
import { describe, expect, test, vi } from "vitest";
import { DEFAULT_SUGGESTION_THRESHOLD, suggestClaims } from "../../lib/domain/claimSuggestions";

const ARTICLE = readFileSync(new URL("../fixtures/sample-article-kremlin-drones.txt", import.meta.url), "utf8");

/** A stand-in scorer: longer sentences score higher, in [0, 1]. */
const byLength = (texts: readonly string[]) => texts.map((t) => Math.min(1, t.length / 200));

describe("suggestClaims with an injected scorer", () => {
  test("returns scored suggestible sentences in document order with exact offsets", () => {
    const suggestions = suggestClaims(ARTICLE, { score: byLength, threshold: 0 });
    expect(suggestions).toHaveLength(20);
    let previousEnd = 0;
    for (const s of suggestions) {
      expect(s.text).toBe(ARTICLE.slice(s.start, s.end));
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.score).toBe(Math.min(1, s.text.length / 200));
      previousEnd = s.end;
    }
    const texts = suggestions.map((s) => s.text);
    expect(texts).not.toContain("https://twitter.com/spectatorindex/status/1653736246370512896");
    expect(texts).not.toContain("CLICK HERE TO GET THE DAILYWIRE+ APP");
    expect(texts[0]).toMatch(/^Russia accused Ukraine/);
  });

  test("the scorer sees only suggestible sentences, in one batch", () => {
    const score = vi.fn((texts: readonly string[]) => texts.map(() => 0.9));
    suggestClaims("By Jane Doe\nhttps://example.com/a\nThe Kremlin said two drones were shot down.\nYes.", { score });
    expect(score).toHaveBeenCalledTimes(1);
    expect(score.mock.calls[0]?.[0]).toEqual(["The Kremlin said two drones were shot down."]);
  });

  test("the threshold filters; the default threshold is DEFAULT_SUGGESTION_THRESHOLD", () => {
    const long = "A much longer sentence that the stand-in scorer will rate highly because of its length.";
    const text = `Short claim is here. ${long}`;
    const all = suggestClaims(text, { score: byLength, threshold: 0 });
    expect(all.map((s) => s.score)).toEqual([0.1, long.length / 200]);
    expect(suggestClaims(text, { score: byLength, threshold: 0.3 })).toEqual([all[1]]);
    const fixed = (texts: readonly string[]) => texts.map((_, i) => (i === 0 ? DEFAULT_SUGGESTION_THRESHOLD : 0.01));
    expect(suggestClaims(text, { score: fixed }).map((s) => s.score)).toEqual([DEFAULT_SUGGESTION_THRESHOLD]);
  });

  test("out-of-range scores are clamped and a wrong number of scores is an error", () => {
    const text = "The drones were shot down. Nobody was hurt in the attack.";
    expect(suggestClaims(text, { score: () => [7, Number.NaN], threshold: 0 }).map((s) => s.score)).toEqual([1, 0]);
    expect(() => suggestClaims(text, { score: () => [0.5] })).toThrow(/1 scores for 2 sentences/);
  });

  test("empty and non-claim-only input gives no suggestions", () => {
    expect(suggestClaims("", { score: byLength, threshold: 0 })).toEqual([]);
    expect(suggestClaims("CLICK HERE TO GET THE APP\n(Getty Images)\n", { score: byLength, threshold: 0 })).toEqual([]);
  });
});

describe("suggestClaims with the shipped scorer", () => {
  test("scores every sample sentence in [0, 1] and suggests some of them", () => {
    const all = suggestClaims(ARTICLE, { threshold: 0 });
    expect(all).toHaveLength(20);
    for (const s of all) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const suggested = suggestClaims(ARTICLE);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(all.length);
  });
});
