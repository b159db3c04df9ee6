import { describe, expect, test } from "vitest";
import { cleanSearchQuery, EXCERPT_BREAK, hasMatch, MATCH_END, MATCH_START, parseHeadline, parseRuns } from "@/lib/domain/searchHighlights";

const m = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("parseRuns", () => {
  test("turns marked words into match runs and keeps the text around them as it was", () => {
    expect(parseRuns(`The ${m("mayor")} said ${m("unemployment")} ${m("fell")}.`)).toEqual([
      { text: "The ", match: false },
      { text: "mayor", match: true },
      { text: " said ", match: false },
      { text: "unemployment", match: true },
      { text: " ", match: false },
      { text: "fell", match: true },
      { text: ".", match: false },
    ]);
  });

  test("merges adjacent marks, drops empty runs and tolerates unbalanced markers", () => {
    expect(parseRuns(`${m("Mayor")}${m("'s")}`)).toEqual([{ text: "Mayor's", match: true }]);
    expect(parseRuns(`${MATCH_START}${MATCH_END}plain`)).toEqual([{ text: "plain", match: false }]);
    expect(parseRuns(`a${MATCH_END}b`)).toEqual([{ text: "ab", match: false }]);
    expect(parseRuns("")).toEqual([]);
  });
});

describe("parseHeadline", () => {
  test("splits excerpts at the break and drops blank ones", () => {
    const excerpts = parseHeadline(`one ${m("drone")}${EXCERPT_BREAK}two ${m("drones")}${EXCERPT_BREAK} `);
    expect(excerpts).toEqual([
      [
        { text: "one ", match: false },
        { text: "drone", match: true },
      ],
      [
        { text: "two ", match: false },
        { text: "drones", match: true },
      ],
    ]);
    expect(hasMatch(excerpts)).toBe(true);
    expect(hasMatch(parseHeadline("no match here"))).toBe(false);
  });
});

describe("cleanSearchQuery", () => {
  test("makes control characters (the markers among them) spaces and spacing single", () => {
    expect(cleanSearchQuery(`  ${MATCH_START}mayor${MATCH_END}\t\n ${EXCERPT_BREAK}said\u0000\u007f `)).toBe("mayor said");
  });
});
