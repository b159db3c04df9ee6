/** A verdict of the rating scale, as the desk offers it: in the scale's own words, written in `language`. */
export type VerdictDto = { id: string; label: string; description: string; colour: string; position: number; language: string };
