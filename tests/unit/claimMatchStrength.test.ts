import { describe, expect, test } from "vitest";
import { type ArchiveEntry, ClaimMatcher, shippedMatcherModel } from "@/lib/domain/claimMatching";
import { describeMatchReason, explainMatch } from "@/lib/domain/claimMatching/matchReason";
import { decodeMatcherWeights } from "@/lib/domain/claimMatching/reranker";
import shippedWeights from "@/lib/domain/claimMatching/weights.json";
import { DEMO_REVIEWS } from "@/lib/demo/demoClaims";
import { DEMO_FACT_CHECKS } from "@/lib/demo/demoFactChecks";

// The demo newsroom's archive: its sample fact-checks and its own claims, all about the 2023 Kremlin drone attack.
const DEMO_ARCHIVE: ArchiveEntry[] = [
  ...DEMO_FACT_CHECKS.map((review) => ({ id: review.url, claim: review.claimReviewed })),
  ...DEMO_REVIEWS.map((review, i) => ({ id: `own:${i}`, claim: review.statement })),
];

// Sentences of a real speech (the 2015 State of the Union), as a newcomer pasted one: none was checked before here.
const SPEECH = [
  "And for the first time since 9/11, our combat mission in Afghanistan is over.",
  "Six years ago, nearly 180,000 American troops served in Iraq and Afghanistan.",
  "Our high school graduation rate has hit an all-time high, and more Americans finish college than ever before.",
  "We have seen our deficits cut by two-thirds.",
  "Since 2010, America has put more people back to work than Europe, Japan, and all advanced economies combined.",
  "America is number one in oil and gas.",
  "Every three weeks, we bring online as much solar power as we did in all of 2008.",
  "Over the past five years, our businesses have created more than 11 million new jobs.",
  "The shadow of crisis has passed, and the State of the Union is strong.",
  "Two years ago, Russia annexed Crimea and a bridge was planned for the following year.",
];

const first = (matcher: ClaimMatcher, text: string, exclude?: ReadonlySet<string>) => matcher.match(text, { top: 3, exclude })[0];

describe("a strong match is very likely the same claim", () => {
  const demo = new ClaimMatcher(DEMO_ARCHIVE);

  test("a speech on other topics gets no strong match from a small archive, however high its scores", () => {
    for (const sentence of SPEECH) {
      const matches = demo.match(sentence, { top: 5 });
      expect(matches.filter((m) => m.strength === "strong"), sentence).toEqual([]);
    }
    // The deficits sentence shares "two" with the drones claim and still ranks it first: a possible match, no more.
    const deficits = first(demo, "We have seen our deficits cut by two-thirds.");
    expect(deficits?.sharedTerms.map((t) => t.toLowerCase())).toEqual(["two"]);
    expect(deficits?.strength).toBe("possible");
  });

  test("the same claim in other words is strong, and only the first match ever is", () => {
    const parade = demo.match("Moscow cancelled its Victory Day parade for the first time in 20 years after two drones attacked the Kremlin.");
    expect(parade[0]).toMatchObject({ id: "https://factcheck.example.org/checks/victory-day-cancelled", strength: "strong" });
    expect(parade.slice(1).map((m) => m.strength)).toEqual(parade.slice(1).map(() => "possible"));
    expect(first(demo, "Russia says two drones were shot down over the Kremlin overnight, causing no material damage.")).toMatchObject({
      id: "own:0",
      strength: "strong",
    });
  });

  test("one shared word never makes a strong match, even when it is the only entry and its score is high", () => {
    const lone = new ClaimMatcher([{ id: "drones", claim: "Two drones were shot down over the Kremlin." }]);
    const common = first(lone, "We have seen our deficits cut by two-thirds.");
    expect(common?.strength).toBe("possible");
    expect(common?.score).toBeGreaterThan(2);
    const rare = first(lone, "The Kremlin will answer tomorrow.");
    expect(rare?.sharedTerms).toEqual(["Kremlin"]);
    expect(rare?.strength).toBe("possible");
  });

  test("left-out entries (the claim's own version, dismissed matches) are out before the first match is judged", () => {
    const parade = "Moscow cancelled its Victory Day parade after two drones attacked the Kremlin.";
    const best = first(demo, parade);
    expect(best?.strength).toBe("strong");
    const next = first(demo, parade, new Set([best?.id ?? ""]));
    expect(next?.id).not.toBe(best?.id);
    expect(next?.strength).toBe("possible");
  });

  test("a word-for-word copy of the first match is no rival: the match stays strong", () => {
    const claim = DEMO_FACT_CHECKS[3]?.claimReviewed ?? "";
    const withCopy = new ClaimMatcher([...DEMO_ARCHIVE, { id: "copy", claim: `“${claim.toUpperCase()}”` }]);
    const text = "Moscow cancelled its Victory Day parade after two drones attacked the Kremlin.";
    const [top, second] = withCopy.match(text);
    expect([top?.id, second?.id].sort()).toEqual(["copy", "https://factcheck.example.org/checks/victory-day-cancelled"]);
    expect(top?.strength).toBe("strong");
  });
});

describe("the reason for a match", () => {
  const matcher = new ClaimMatcher([
    {
      id: "guantanamo-122",
      claim: "122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.",
      title: "Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?",
    },
    { id: "bridge", claim: "The Crimean bridge was closed to all traffic for a year after the 2022 explosion." },
  ]);

  test("numbers, names and telling words, the rarest first; common words and title capitals are no reason", () => {
    const match = first(matcher, "Obama released 122 Gitmo prisoners from Guantanamo Bay who went back to terrorist activities");
    expect(match?.id).toBe("guantanamo-122");
    expect(match?.reason.numbers).toEqual(["122"]);
    expect(match?.reason.names).toEqual(["Guantanamo", "Bay"]);
    // "Obama" is in more than 1 % of the training archive's claims: common. "released" is capitalised only in the title.
    expect(match?.sharedTerms).toContain("Obama");
    expect(match?.reason.words).toEqual(expect.arrayContaining(["released", "terrorist", "activities", "Prisoners"]));
    expect([...(match?.reason.names ?? []), ...(match?.reason.words ?? [])]).not.toContain("Obama");

    const year = first(matcher, "It took a year.");
    expect(year?.sharedTerms).toEqual(["year"]);
    expect(year?.reason).toEqual({ numbers: [], names: [], words: [] });
    expect(explainMatch(year!.reason)).toBe("They share only common words.");
  });

  test("said in words", () => {
    expect(describeMatchReason({ numbers: ["3.2"], names: ["Kremlin"], words: ["drones", "attack"] })).toBe(
      "the number 3.2, the name Kremlin and the words drones and attack",
    );
    expect(explainMatch({ numbers: ["2022", "2023"], names: [], words: ["bridge"] })).toBe("Both mention the numbers 2022 and 2023 and the word bridge.");
  });
});

describe("the shipped calibration", () => {
  test("is read from weights.json; a file without a valid calibration is refused", () => {
    const model = shippedMatcherModel();
    expect(model.calibration.threshold).toBeGreaterThan(0);
    expect(model.calibration.threshold).toBeLessThan(1);
    expect(model.calibration.minTellingShared).toBeGreaterThanOrEqual(2);
    expect(model.calibration.commonStems).toContain("year");
    const { calibration, ...rest } = shippedWeights as Record<string, unknown> & { calibration: Record<string, unknown> };
    expect(() => decodeMatcherWeights(rest)).toThrow(/calibration/);
    expect(() => decodeMatcherWeights({ ...rest, calibration: { ...calibration, threshold: "high" } })).toThrow(/calibration/);
    expect(() => decodeMatcherWeights({ ...rest, calibration: { ...calibration, featureNames: ["topScore"] } })).toThrow(/calibration/);
  });
});
