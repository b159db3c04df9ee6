import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { EMBED_EXPLANATION_CHARACTERS, EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { shorten } from "@/lib/domain/shareText";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { feedContent } from "@/lib/web/publicFeed";

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;

describe("a text cut for little room", () => {
  test("is left whole up to exactly its room, and cut with … from one character more", () => {
    expect(shorten("one two three", 13)).toBe("one two three");
    expect(shorten("one two three", 12)).toBe("one two…");
    expect(shorten("  one\n two   three ", 13)).toBe("one two three");
  });

  test("is cut at a word, never inside one, and the … fits in the room", () => {
    expect(shorten("one two three four five", 12)).toBe("one two…");
    expect(shorten("one two three", 8)).toBe("one two…");
    for (let max = 4; max < 60; max++) {
      const cut = shorten("The unemployment rate was 5.6% in December 2014. But that figure leaves out most of the story.", max);
      expect(graphemes(cut), cut).toBeLessThanOrEqual(max);
      expect(cut.endsWith("…"), cut).toBe(true);
    }
  });

  test("never ends a cut at a full stop, so the first sentence cannot pass for the whole explanation", () => {
    const cut = shorten("The unemployment rate was 5.6% in December 2014. But the claim compares it with a different measure.", 52);
    expect(cut).toBe("The unemployment rate was 5.6% in December 2014…");
    expect(shorten("Yes, it rose: from 5 to 9.", 15)).toBe("Yes, it rose…");
  });

  test("cuts text without spaces (Chinese, Japanese) between words, not at random", () => {
    expect(shorten("中华人民共和国成立了很多年", 10)).toBe("中华人民共和国成立…");
    expect(shorten("東京タワーは1958年に完成しました。", 8)).toBe("東京タワーは…");
    expect(shorten("中华人民共和国", 7)).toBe("中华人民共和国");
  });

  test("counts an emoji, a flag or an accented letter as one character and never splits one", () => {
    const family = "👩‍👩‍👧";
    expect(shorten(`${family}${family}${family}`, 3)).toBe(`${family}${family}${family}`);
    expect(shorten(`${family}${family}${family}${family}`, 3)).toBe(`${family}${family}…`);
    expect(shorten("🇬🇧🇫🇷🇩🇪 flags", 4)).toBe("🇬🇧🇫🇷🇩🇪…");
    expect(shorten("cafe\u0301 au lait", 5)).toBe("cafe\u0301…");
    expect(shorten("re\u0301sume\u0301 cafe\u0301", 7)).toBe("re\u0301sume\u0301…");
    expect(shorten("re\u0301sume\u0301", 3)).toBe("re\u0301…");
  });

  test("falls back to whole characters for one word longer than half the room", () => {
    expect(shorten("see https://example.org/a/very/long/path", 12)).toBe("see https:/…");
    expect(shorten("Donaudampfschifffahrtsgesellschaft", 10)).toBe("Donaudamp…");
    expect(shorten("anything", 1)).toBe("…");
  });
});

const MISLEADING: PublishedClaim = {
  id: "c1",
  number: 2,
  start: 0,
  end: 5,
  quote: "Jobs.",
  statement: "Unemployment is at a record low.",
  claimant: "A minister",
  verdict: { label: "Misleading", description: "", colour: "#c2410c", position: 2, scaleSize: 5 },
  explanation: `The unemployment rate was 5.6% in December 2014. ${"But the comparison uses a different measure, and the earlier figures were revised. ".repeat(4)}`,
  sources: [],
  reviewedAt: "2026-03-04T10:00:00.000Z",
};

describe("the embed card", () => {
  const html = renderInLanguage(
    createElement(EmbeddedClaim, {
      entry: { slug: "jobs", title: "Jobs", number: 1, publishedAt: new Date(), source: { outlet: null, url: null, author: null, publishedOn: null }, language: null, claim: MISLEADING, index: 0 },
      href: "/articles/jobs#claim-1",
    }),
  );
  const text = html.replace(/<[^>]+>/g, "\n");

  test("leads with the verdict, then shows the explanation cut with …, not its first sentence alone", () => {
    expect(text.trim().startsWith("Misleading")).toBe(true);
    const shown = text.split("\n").find((line) => line.startsWith("The unemployment rate"))!;
    expect(shown).not.toBe("The unemployment rate was 5.6% in December 2014.");
    expect(shown.endsWith("…")).toBe(true);
    expect(graphemes(shown)).toBeLessThanOrEqual(EMBED_EXPLANATION_CHARACTERS);
    expect(text.indexOf("Misleading")).toBeLessThan(text.indexOf("The unemployment rate"));
  });

  test("clamps its texts inside the frame and keeps the verdict and the link from shrinking", () => {
    expect(html).toMatch(/<article[^>]*class="[^"]*max-h-\[calc\(100dvh[^"]*overflow-hidden/);
    expect(html).toMatch(/<div class="[^"]*min-h-0[^"]*overflow-hidden/);
    expect(html).toMatch(/<a [^>]*class="[^"]*shrink-0[^"]*"[^>]*>Read the full fact-check<\/a>/);
  });
});

describe("the feed's entry content", () => {
  test("names each claim's verdict before its explanation, and cuts the explanation with …", () => {
    const content = feedContent({
      publishedAt: new Date("2026-01-05T10:00:00Z"),
      claims: [{ verdict: "Misleading", statement: MISLEADING.statement, explanation: MISLEADING.explanation }],
    } as never)!;
    expect(content.startsWith("Claim 1, Misleading: Unemployment is at a record low.\nThe unemployment rate was 5.6% in December 2014. But")).toBe(true);
    expect(content.endsWith("…")).toBe(true);
  });
});
