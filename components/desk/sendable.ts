/** The size in bytes of what a server action would send for these values (UTF-8 JSON). */
export function encodedSize(values: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}

/** When a save could not reach the server (too large for it, or the connection dropped): nothing is lost. */
export const NOT_SENT =
  "The article could not be sent: it may be too large, or the connection dropped. Nothing was saved, and your text is still here to try again.";
