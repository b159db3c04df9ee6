/** A verdict of the rating scale, as the desk offers it. */
export type VerdictDto = { id: string; label: string; description: string; colour: string; position: number };
