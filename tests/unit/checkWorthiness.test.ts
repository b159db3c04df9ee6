import { describe, expect, it } from "vitest";

import {
  averagePrecision,
  meanAveragePrecision,
  scoreSentence,
  scoreSentences,
  shippedModelInfo,
} from "@/lib/domain/checkWorthiness";
import { extractFeatures, featureSpaceSize } from "@/lib/domain/checkWorthiness/features";
import { HAND_FEATURE_COUNT, HAND_FEATURE_NAMES, computeHandFeatures } from "@/lib/domain/checkWorthiness/handFeatures";
import { getShippedModel } from "@/lib/domain/checkWorthiness/shippedModel";
import { LABELLED_SAMPLE } from "./checkWorthiness.sample";

const CHECK_WORTHY = "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.";
const NOT_CHECK_WORTHY = ["Thank you all for coming tonight.", "Good evening."];

describe("shipped check-worthiness weights", () => {
  it("load and describe themselves", () => {
    const info = shippedModelInfo();
    expect(info.version).toBeGreaterThanOrEqual(1);
    expect(info.trainedOn).toMatch(/clef2019/);
    // cvMap is the nested cross-validated figure (settings chosen inside each outer fold), not a tuned CV score.
    expect(info.cvMap).toBeGreaterThanOrEqual(0.17);
    expect(info.heldOutMap).toBeGreaterThan(0);
    const model = getShippedModel();
    expect(model.weights.length).toBe(featureSpaceSize(model.config));
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });
});

describe("ranking quality on a small labelled sample", () => {
  const mapOf = (score: (texts: readonly string[]) => number[]): number =>
    meanAveragePrecision(
      LABELLED_SAMPLE.map((doc) => ({ scores: score(doc.map(([text]) => text)), labels: doc.map(([, label]) => label) })),
    );
  const FLOOR = 0.6;

  it("puts the checkable statements near the top of each excerpt", () => {
    expect(mapOf(scoreSentences)).toBeGreaterThanOrEqual(FLOOR);
  });

  it("has a floor that trivial scorers do not reach", () => {
    expect(mapOf((texts) => texts.map(() => 0.5))).toBeLessThan(FLOOR); // input order
    expect(mapOf((texts) => texts.map((t) => t.length))).toBeLessThan(FLOOR); // longest first
    expect(mapOf((texts) => texts.map((t) => (/\d/.test(t) ? 1 : 0)))).toBeLessThan(1); // not solved by digits alone
  });
});

describe("computeHandFeatures", () => {
  it("writes exactly HAND_FEATURE_COUNT values, each in [0, 1]", () => {
    const out = new Float64Array(HAND_FEATURE_COUNT + 2).fill(-1);
    computeHandFeatures("Senator Jane Roe said on Monday that taxes rose by 12 percent, more than ever.", out, 1);
    expect(out[0]).toBe(-1);
    expect(out[HAND_FEATURE_COUNT + 1]).toBe(-1);
    for (const v of out.subarray(1, HAND_FEATURE_COUNT + 1)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it("detects attributions, named entities, modals and numbers next to comparisons", () => {
    const feature = (text: string, name: (typeof HAND_FEATURE_NAMES)[number]): number => {
      const out = new Float64Array(HAND_FEATURE_COUNT);
      computeHandFeatures(text, out, 0);
      return out[HAND_FEATURE_NAMES.indexOf(name)] ?? Number.NaN;
    };
    const claim = "According to the Congressional Budget Office, spending rose by 12 percent, more than ever.";
    expect(feature(claim, "attribution")).toBe(1);
    expect(feature(claim, "capitalisedRun")).toBe(1);
    expect(feature(claim, "numberAndComparison")).toBe(1);
    expect(feature(claim, "numberAndEconomy")).toBe(1);
    expect(feature(claim, "modal")).toBe(0);
    expect(feature("We must do better and we can do better.", "modal")).toBe(1);
    expect(feature("We will win, and I will fight for you.", "futureAndFirstPerson")).toBe(1);
    expect(feature("we are here tonight.", "capitalisedRun")).toBe(0);
  });
});

describe("scoreSentence / scoreSentences", () => {
  it("ranks a statistical claim above pleasantries", () => {
    const claim = scoreSentence(CHECK_WORTHY);
    for (const s of NOT_CHECK_WORTHY) expect(claim).toBeGreaterThan(scoreSentence(s));
  });

  it("ranks sentences with checkable facts above opinions and procedure", () => {
    const [fact, opinion, procedure] = scoreSentences([
      "The state cut its education budget by $2 billion in 2019, the largest cut in its history.",
      "I think we all love this wonderful country.",
      "Let's take a short break and we'll be right back.",
    ]);
    expect(fact).toBeGreaterThan(opinion ?? 1);
    expect(fact).toBeGreaterThan(procedure ?? 1);
  });

  it("returns scores in [0, 1], including for odd input", () => {
    const inputs = [CHECK_WORTHY, ...NOT_CHECK_WORTHY, "", "   ", "?", "1234567890", "ü ß 中文 🙂", "a".repeat(5000)];
    for (const s of scoreSentences(inputs)) {
      expect(Number.isFinite(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it("is deterministic and agrees between the single and batch forms", () => {
    const texts = [CHECK_WORTHY, ...NOT_CHECK_WORTHY];
    const a = scoreSentences(texts);
    const b = scoreSentences(texts);
    expect(a).toEqual(b);
    expect(texts.map((t) => scoreSentence(t))).toEqual(a);
  });

  it("scores empty and blank text as 0", () => {
    expect(scoreSentence("")).toBe(0);
    expect(scoreSentence(" \n\t")).toBe(0);
    expect(scoreSentences([])).toEqual([]);
  });
});

describe("extractFeatures", () => {
  it("emits indices inside the feature space and is stable across calls", () => {
    const config = getShippedModel().config;
    const collect = (): [number, number][] => {
      const out: [number, number][] = [];
      extractFeatures(CHECK_WORTHY, config, (i, v) => out.push([i, v]));
      return out;
    };
    const first = collect();
    expect(first.length).toBeGreaterThan(0);
    for (const [i, v] of first) {
      expect(Number.isInteger(i)).toBe(true);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(featureSpaceSize(config));
      expect(Number.isFinite(v)).toBe(true);
    }
    expect(collect()).toEqual(first);
  });
});

describe("averagePrecision", () => {
  it("is 1 when all positives are ranked first", () => {
    expect(averagePrecision([0.9, 0.8, 0.1, 0.0], [1, 1, 0, 0])).toBe(1);
  });

  it("averages precision at each positive's rank", () => {
    // Ranking: pos, neg, pos, neg -> (1/1 + 2/3) / 2
    expect(averagePrecision([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2, 12);
    // Order of input doesn't matter, only scores: positive last of 4 -> 1/4
    expect(averagePrecision([0.1, 0.5, 0.7, 0.9], [1, 0, 0, 0])).toBeCloseTo(0.25, 12);
  });

  it("breaks ties by input order, like the official scorer's stable sort", () => {
    expect(averagePrecision([0.5, 0.5], [0, 1])).toBeCloseTo(0.5, 12);
    expect(averagePrecision([0.5, 0.5], [1, 0])).toBe(1);
  });

  it("is 0 without positives and rejects mismatched lengths", () => {
    expect(averagePrecision([0.3, 0.2], [0, 0])).toBe(0);
    expect(averagePrecision([], [])).toBe(0);
    expect(() => averagePrecision([1], [])).toThrow();
  });

  it("meanAveragePrecision averages per document", () => {
    const map = meanAveragePrecision([
      { scores: [1, 0], labels: [1, 0] },
      { scores: [1, 0], labels: [0, 1] },
    ]);
    expect(map).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(meanAveragePrecision([])).toBe(0);
  });
});
