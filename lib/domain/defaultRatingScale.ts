/** One verdict of a rating scale; `position` orders the scale from least to most accurate. */
export type VerdictDefinition = { label: string; description: string; colour: string; position: number };

/** The scale a new newsroom starts with; admins can change it. */
export const DEFAULT_RATING_SCALE: { name: string; verdicts: VerdictDefinition[] } = {
  name: "Newsroom rating scale",
  verdicts: [
    { position: 1, label: "False", colour: "#b91c1c", description: "The claim is inaccurate." },
    { position: 2, label: "Misleading", colour: "#c2410c", description: "Accurate in part, but creates a false impression." },
    { position: 3, label: "Missing context", colour: "#a16207", description: "Needs context a reader would not have to judge it." },
    { position: 4, label: "Mostly true", colour: "#4d7c0f", description: "Accurate, with minor caveats." },
    { position: 5, label: "True", colour: "#15803d", description: "The claim is accurate." },
    { position: 6, label: "Unproven", colour: "#4b5563", description: "There is not enough evidence to rate it either way." },
  ],
};
