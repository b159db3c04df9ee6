/** Number of characters of context stored on each side of an anchored quote. */
export const ANCHOR_CONTEXT_LENGTH = 32;

/**
 * Where a claim sits in an article body. `start`/`end` are JS string (UTF-16) offsets,
 * `quote === body.slice(start, end)`, `prefix`/`suffix` are up to 32 characters of context.
 */
export interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Builds the anchor for `text.slice(start, end)`; throws RangeError unless 0 <= start < end <= text.length. */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Anchor offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Anchor span [${start}, ${end}) must be non-empty and within the text (length ${text.length})`,
    );
  }
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_LENGTH),
  };
}

/** Throws RangeError unless `anchor` is a valid anchor into `text` (in bounds and its quote is at its offsets). */
export function assertAnchorInText(text: string, anchor: Anchor): void {
  const { start, end, quote } = anchor;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Anchor span [${start}, ${end}) is not a non-empty span of the text`);
  }
  if (text.slice(start, end) !== quote) {
    throw new RangeError(`Anchor quote does not match the text at [${start}, ${end})`);
  }
}
