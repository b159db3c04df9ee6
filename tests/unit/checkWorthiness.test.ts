import { describe, expect, it } from "vitest";

import {
  averagePrecision,
  meanAveragePrecision,
  scoreSentence,
  scoreSentences,
  shippedModelInfo,
} from "@/lib/domain/checkWorthiness";
import { extractFeatures, featureSpaceSize } from "@/lib/domain/checkWorthiness/features";
import { getShippedModel } from "@/lib/domain/checkWorthiness/shippedModel";

const CHECK_WORTHY = "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.";
const NOT_CHECK_WORTHY = ["Thank you all for coming tonight.", "Good evening."];

describe("shipped check-worthiness weights", () => {
  it("load and describe themselves", () => {
    const info = shippedModelInfo();
    expect(info.version).toBeGreaterThanOrEqual(1);
    expect(info.trainedOn).toMatch(/clef2019/);
    expect(info.cvMap).toBeGreaterThanOrEqual(0.17);
    const model = getShippedModel();
    expect(model.weights.length).toBe(featureSpaceSize(model.config));
    expect(model.weights.some((w) => w !== 0)).toBe(true);
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
