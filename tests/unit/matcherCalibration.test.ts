import { describe, expect, test } from "vitest";
import type { ArchiveEntry } from "@/lib/domain/claimMatching";
import type { Candidate, SharedTerm } from "@/lib/domain/claimMatching/claimIndex";
import { sameClaimProbability } from "@/lib/domain/claimMatching/sameClaim";
import { countLabels, fitCalibration, labelFigures, type Outcome, TARGET_ABSENT, TARGET_PRECISION } from "../../scripts/matcherCalibration";
import { TrialArchive } from "../../scripts/matcherTrialArchive";

const SETTINGS = { k1: 1.2, b: 0.75, candidates: 30 };

const ARCHIVE: ArchiveEntry[] = [
  { id: "a", claim: "Moscow cancelled its Victory Day parade after the drone attack.", title: "" },
  { id: "b", claim: "Moscow cancelled its Victory Day parade after the drone attack!", title: "" },
  { id: "c", claim: "The drones that hit the Kremlin were commercial models.", title: "" },
  { id: "d", claim: "Vladimir Putin was inside the Kremlin when the drones struck.", title: "" },
  { id: "e", claim: "A photo shows snow on the pyramids of Giza.", title: "" },
];
const PARADE = "Victory Day parade cancelled after drones attack Moscow";

describe("the trial archive", () => {
  test("an answer's word-for-word copies count as answers too", () => {
    const trial = new TrialArchive(ARCHIVE, ARCHIVE, SETTINGS);
    expect(trial.answers(new Set(["a"])).sort()).toEqual(["a", "b"]);
    expect(trial.answers(new Set(["c"]))).toEqual(["c"]);
  });

  test("taking answers out for a search leaves the index exactly as it was, ties included", () => {
    const trial = new TrialArchive(ARCHIVE, ARCHIVE, SETTINGS);
    const before = trial.candidates(PARADE, SETTINGS).map((c) => [c.id, c.bm25]);
    expect(before.slice(0, 2).map(([id]) => id)).toEqual(["a", "b"]); // a tie, broken by the order entries came in
    const without = trial.without(PARADE, trial.answers(new Set(["a"])), SETTINGS).map((c) => c.id);
    expect(without).not.toContain("a");
    expect(without).not.toContain("b");
    expect(trial.candidates(PARADE, SETTINGS).map((c) => [c.id, c.bm25])).toEqual(before);
  });

  test("a sample holds claims only and takes answers in for a search", () => {
    const sample = TrialArchive.sample(ARCHIVE, 2, SETTINGS, 1);
    expect(sample.index.size).toBe(2);
    const ids = sample.with(PARADE, ["a"], SETTINGS).map((c) => c.id);
    expect(ids).toContain("a");
    expect(sample.index.size).toBe(2);
  });
});

/** A ranking whose first candidate scores `top`, the next different claim `rival`, sharing `telling` rare words. */
function ranking(top: number, rival: number, telling = 3): Outcome["ranked"] {
  const shared: SharedTerm[] = Array.from({ length: telling }, (_, i) => ({ surface: `w${i}`, stem: `w${i}`, numeric: false, name: false, idf: 5 }));
  const candidate = (id: string, terms: SharedTerm[]) => ({ id, sameClaimKey: id, shared: terms, sharedTerms: terms.map((t) => t.surface) }) as unknown as Candidate;
  return [
    { candidate: candidate("top", shared), score: top },
    { candidate: candidate("rival", []), score: rival },
  ];
}

describe("the calibration", () => {
  // Right answers lead their rival by 3 to 12 points; wrong tops and no-answer tops by 0 to 6.
  const outcomes: Outcome[] = [];
  for (let i = 0; i < 100; i++) {
    outcomes.push({ ranked: ranking(10 + (i % 10), 7 - (i % 10) / 2), right: i % 10 !== 0, answerAbsent: false });
    outcomes.push({ ranked: ranking(6 + (i % 7), 5 + (i % 5)), right: false, answerAbsent: true });
  }

  test("the threshold is the lowest at which the label keeps to both targets on the data it was chosen on", () => {
    const calibration = fitCalibration(outcomes, []);
    const figures = labelFigures(countLabels(calibration, outcomes));
    expect(figures.precision).toBeGreaterThanOrEqual(TARGET_PRECISION);
    expect(figures.absentShownStrong).toBeLessThanOrEqual(TARGET_ABSENT);
    expect(figures.rightStrongTop).toBeGreaterThan(0.3);
    // The next lower probability seen would break a target.
    const lower = Math.max(...outcomes.map((o) => sameClaimProbability(calibration, o.ranked)).filter((p) => p < calibration.threshold));
    const looser = labelFigures(countLabels({ ...calibration, threshold: lower }, outcomes));
    expect(looser.precision < TARGET_PRECISION || looser.absentShownStrong > TARGET_ABSENT).toBe(true);
  });

  test("a top sharing fewer than two telling words is never strong, whatever its scores", () => {
    const calibration = fitCalibration(outcomes, []);
    const lone: Outcome = { ranked: ranking(40, -5, 1), right: true, answerAbsent: false };
    expect(sameClaimProbability(calibration, lone.ranked)).toBeGreaterThan(calibration.threshold);
    expect(countLabels(calibration, [lone]).strong).toBe(0);
    expect(countLabels(calibration, [{ ...lone, ranked: ranking(40, -5, 2) }]).strong).toBe(1);
  });

  test("when no threshold keeps to the targets, nothing is strong", () => {
    const hopeless: Outcome[] = outcomes.map((o) => ({ ...o, right: false }));
    const calibration = fitCalibration(hopeless, []);
    expect(countLabels(calibration, hopeless).strong).toBe(0);
  });
});
