import { checkVerdictColour, type ColourWords } from "./colourContrast";
import { MAX_VERDICT_DESCRIPTION, MAX_VERDICT_LABEL } from "./limits";
import type { NamedWords } from "./translate";
import { normaliseTranslations, sameTranslations, translationProblems, type TranslationProblem, type VerdictTranslations } from "./verdictWords";

// A saved change of the rating scale makes a new version of it: the edited list, checked here before any row is
// written. Verdicts keep a lineage across versions (renamed, recoloured, moved), so "in use" follows a verdict
// however it was edited; claims keep the verdict row of the version they were rated with.

/**
 * A verdict of the scale as the editor shows it; `lineageId` null for one added in this edit; `truthRank` its place on
 * the truth scale (1 = least true … n = most true), null for a verdict that rates no truth ("Unproven", "Satire");
 * `translations` its words in other languages (verdictWords.ts).
 */
export type EditedVerdict = {
  lineageId: string | null;
  label: string;
  description: string;
  colour: string;
  retired: boolean;
  truthRank: number | null;
  translations: VerdictTranslations;
};

/** A verdict of the current version, with how many claims were rated with it (in any version). */
export type CurrentVerdict = EditedVerdict & { lineageId: string; position: number; claimCount: number };

/** A row of the new version: active verdicts first, worst to best as listed, then retired ones. */
export type PlannedVerdict = EditedVerdict & { position: number };

/** Why an edit of the scale is refused, as words of the errors catalog. */
export type ScaleProblem =
  | NamedWords<"verdictNeedsName" | "verdictNameTaken" | "truthRankWholeNumberFromOne" | "verdictOffScale" | "verdictInUse" | "keepOneVerdictActive" | "truthRankGap" | "scaleUnchanged">
  | ColourWords
  | TranslationProblem;

export type ScalePlan = { ok: true; verdicts: PlannedVerdict[] } | { ok: false; message: ScaleProblem; fieldErrors: Record<string, ScaleProblem> };

/**
 * Checks an edited verdict list against the current version and numbers it. Refuses: an empty or duplicate label,
 * a colour too light to see (colourContrast.ts), translations verdictWords.ts refuses, a verdict in use left out
 * (retire it instead), a scale with no verdict left to give, a verdict of another scale, places on the truth scale
 * with a gap (1, 2, 4: what is 3?), and an edit that changes nothing (translations included; `languageChanged`: the
 * language the words are written in changes, which is a change). Several verdicts may share a place ("False" and
 * "Fabricated").
 */
export function planScaleVersion(current: readonly CurrentVerdict[], edited: readonly EditedVerdict[], languageChanged = false): ScalePlan {
  const fieldErrors: Record<string, ScaleProblem> = {};
  const byLineage = new Map(current.map((v) => [v.lineageId, v]));
  const seenLabels = new Map<string, number>();
  const seenLineages = new Set<string>();
  edited.forEach((verdict, i) => {
    const label = verdict.label.trim();
    const key = label.toLocaleLowerCase();
    if (!label) fieldErrors[`verdicts.${i}.label`] = { key: "verdictNeedsName" };
    else if (label.length > MAX_VERDICT_LABEL) fieldErrors[`verdicts.${i}.label`] = { key: "keepNameUnder", values: { max: MAX_VERDICT_LABEL } };
    else if (seenLabels.has(key)) fieldErrors[`verdicts.${i}.label`] = { key: "verdictNameTaken", values: { label } };
    seenLabels.set(key, i);
    if (verdict.description.trim().length > MAX_VERDICT_DESCRIPTION) {
      fieldErrors[`verdicts.${i}.description`] = { key: "keepDescriptionUnder", values: { max: MAX_VERDICT_DESCRIPTION } };
    }
    const colour = checkVerdictColour(verdict.colour.trim().toLowerCase());
    if (colour.level === "refused") fieldErrors[`verdicts.${i}.colour`] = colour.message!;
    if (verdict.truthRank !== null && (!Number.isInteger(verdict.truthRank) || verdict.truthRank < 1)) {
      fieldErrors[`verdicts.${i}.truthRank`] = { key: "truthRankWholeNumberFromOne" };
    }
    if (verdict.lineageId !== null) {
      if (!byLineage.has(verdict.lineageId) || seenLineages.has(verdict.lineageId)) fieldErrors[`verdicts.${i}.label`] = { key: "verdictOffScale" };
      seenLineages.add(verdict.lineageId);
    }
  });
  Object.assign(fieldErrors, translationProblems(edited));
  const removedInUse = current.filter((v) => v.claimCount > 0 && !seenLineages.has(v.lineageId));
  if (removedInUse.length) {
    const [first] = removedInUse as [CurrentVerdict];
    return { ok: false, message: { key: "verdictInUse", values: { label: first.label, count: first.claimCount, more: removedInUse.length - 1 } }, fieldErrors };
  }
  if (!edited.some((v) => !v.retired)) {
    return { ok: false, message: { key: "keepOneVerdictActive" }, fieldErrors };
  }
  if (Object.keys(fieldErrors).length) return { ok: false, message: Object.values(fieldErrors)[0]!, fieldErrors };
  const gap = truthRankGap(edited);
  if (gap !== null) {
    return { ok: false, message: { key: "truthRankGap", values: { gap } }, fieldErrors: {} };
  }

  const normalised = edited.map((v) => ({
    ...v,
    label: v.label.trim(),
    description: v.description.trim(),
    colour: v.colour.trim().toLowerCase(),
    translations: normaliseTranslations(v.translations),
  }));
  const ordered = [...normalised.filter((v) => !v.retired), ...normalised.filter((v) => v.retired)];
  const verdicts = ordered.map((v, i) => ({ ...v, position: i + 1 }));
  if (!languageChanged && sameScale(current, verdicts)) return { ok: false, message: { key: "scaleUnchanged" }, fieldErrors: {} };
  return { ok: true, verdicts };
}

function sameScale(current: readonly CurrentVerdict[], next: readonly PlannedVerdict[]): boolean {
  if (current.length !== next.length) return false;
  const sorted = [...current].sort((a, b) => a.position - b.position);
  return sorted.every((c, i) => {
    const n = next[i]!;
    return (
      c.lineageId === n.lineageId &&
      c.truthRank === n.truthRank &&
      c.label === n.label &&
      c.description === n.description &&
      c.colour.toLowerCase() === n.colour &&
      c.retired === n.retired &&
      c.position === n.position &&
      sameTranslations(c.translations, n.translations)
    );
  });
}

/** The first place on the truth scale below the highest that no verdict holds; null when they run 1…n. */
export function truthRankGap(edited: readonly Pick<EditedVerdict, "truthRank">[]): number | null {
  const ranks = new Set(edited.flatMap((v) => (v.truthRank === null ? [] : [v.truthRank])));
  const best = Math.max(0, ...ranks);
  for (let rank = 1; rank <= best; rank++) if (!ranks.has(rank)) return rank;
  return null;
}
