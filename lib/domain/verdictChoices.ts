/** One verdict published claims were given, whatever language or scale version they were published with. */
export type VerdictChoice = {
  /** What identifies it in the snapshots: its lineage (searchPublished.ts `verdictKey`); several when merged by name. */
  keys: string[];
  /** The newsroom's name for it: the current scale's label, else a label it was published under in the scale's own words. */
  label: string;
  /** The language `label` is written in (ISO 639-1); null when the version that published it did not record it. */
  language: string | null;
  /** Its place on the scale, 1 = worst. */
  position: number;
  /** Every label it was published or rated under: translations and earlier scale versions' too. */
  names: string[];
};

/**
 * The verdict filter's choices, worst first: one per name the newsroom gives, so verdicts that share it (the same
 * verdict recorded before and after lineages were) are one choice matching all of them.
 */
export function verdictChoices(verdicts: readonly VerdictChoice[]): VerdictChoice[] {
  const byLabel = new Map<string, VerdictChoice>();
  for (const verdict of verdicts) {
    const same = byLabel.get(verdict.label) ?? { label: verdict.label, language: verdict.language, keys: [], position: verdict.position, names: [] };
    byLabel.set(verdict.label, {
      label: verdict.label,
      language: same.language ?? verdict.language,
      keys: [...same.keys, ...verdict.keys],
      position: Math.min(same.position, verdict.position),
      names: [...new Set([...same.names, ...verdict.names])],
    });
  }
  return [...byLabel.values()].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

/**
 * The choice a reader's `verdict` parameter names: the one the menu calls so, else one it was published or rated under
 * (a link made before a rename, or a translation's word); null when none.
 */
export function chosenVerdict(choices: readonly VerdictChoice[], asked: string): VerdictChoice | null {
  return choices.find((c) => c.label === asked) ?? choices.find((c) => c.names.includes(asked)) ?? null;
}
