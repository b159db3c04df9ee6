import { describe, expect, test } from "vitest";
import bgFile from "@/lib/domain/checkWorthiness/weights/clef2022-bg.json";
import { extractFeatures } from "@/lib/domain/checkWorthiness/features";
import { linearScore } from "@/lib/domain/checkWorthiness/scorer";
import { decodeWeightsFile } from "@/lib/domain/checkWorthiness/weightsFile";
import { buildMatrix } from "../../scripts/sparseLogisticRegression";

const TWEET = "Министерството на здравеопазването съобщи за 1 234 нови случая на COVID-19 у нас https://t.co/AbCdEf";

describe("the Bulgarian tweet model", () => {
  const model = decodeWeightsFile(bgFile);

  test("uses words cut to their first 5 letters", () => {
    expect(model.config.wordPrefix).toBe(5);
  });

  test("scores a tweet in the app exactly as the trainer's feature matrix does", () => {
    const m = buildMatrix([TWEET], model.config);
    let trainerScore = model.bias;
    for (let p = m.rowPtr[0] ?? 0; p < (m.rowPtr[1] ?? 0); p++) {
      trainerScore += (model.weights[m.featureOf[m.colIdx[p] ?? 0] ?? 0] ?? 0) * (m.values[p] ?? 0);
    }
    expect(linearScore(model, TWEET)).toBeCloseTo(trainerScore, 5);
    // The cut words carry weight: without them the app would score the tweet differently.
    expect(linearScore({ ...model, config: { ...model.config, wordPrefix: 0 } }, TWEET)).not.toBeCloseTo(trainerScore, 3);
  });

  test("two forms of a word share their cut form, and only when asked", () => {
    const indices = (text: string, wordPrefix: number): Set<number> => {
      const out = new Set<number>();
      extractFeatures(text, { ...model.config, charMax: 0, wordPrefix }, (i) => out.add(i));
      return out;
    };
    const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((i) => b.has(i)).length;
    expect(shared(indices("министерството", 5), indices("министър", 5))).toBe(1);
    expect(shared(indices("министерството", 0), indices("министър", 0))).toBe(0);
  });
});
