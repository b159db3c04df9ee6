/**
 * One verdict of a rating scale; `position` orders the scale from least to most accurate as the desk shows it;
 * `truthRank` is its place on the truth scale (1 = least true … n = most true), null for a verdict that rates no truth.
 */
export type VerdictDefinition = { label: string; description: string; colour: string; position: number; truthRank: number | null };

/**
 * The scale a new newsroom starts with, whatever its language: its words are English (`language`); admins can change
 * them, translate them and say which language they wrote them in. "Unproven" says nothing about truth: it has no rank.
 */
export const DEFAULT_RATING_SCALE: { name: string; language: string; verdicts: VerdictDefinition[] } = {
  name: "Newsroom rating scale",
  language: "en",
  verdicts: [
    { position: 1, truthRank: 1, label: "False", colour: "#b91c1c", description: "The claim is inaccurate." },
    { position: 2, truthRank: 2, label: "Misleading", colour: "#c2410c", description: "Accurate in part, but creates a false impression." },
    { position: 3, truthRank: 3, label: "Missing context", colour: "#a16207", description: "Needs context a reader would not have to judge it." },
    { position: 4, truthRank: 4, label: "Mostly true", colour: "#4d7c0f", description: "Accurate, with minor caveats." },
    { position: 5, truthRank: 5, label: "True", colour: "#15803d", description: "The claim is accurate." },
    { position: 6, truthRank: null, label: "Unproven", colour: "#4b5563", description: "There is not enough evidence to rate it either way." },
  ],
};
