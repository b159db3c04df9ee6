import { assertAnchorInText, createAnchor, type Anchor } from "./anchor";
import { trimSpan } from "./span";

/** Splits a claim at offset `at` (start < at < end) into two anchors, trimming whitespace at the split; throws if a part would be empty. */
export function splitAnchor(text: string, anchor: Anchor, at: number): readonly [Anchor, Anchor] {
  assertAnchorInText(text, anchor);
  if (!Number.isInteger(at) || at <= anchor.start || at >= anchor.end) {
    throw new RangeError(`Split offset ${at} must lie strictly inside [${anchor.start}, ${anchor.end})`);
  }
  const left = trimSpan(text, { start: anchor.start, end: at }, false, true);
  const right = trimSpan(text, { start: at, end: anchor.end }, true, false);
  if (left.end <= left.start || right.end <= right.start) {
    throw new RangeError(`Splitting at ${at} would leave an empty (whitespace-only) part`);
  }
  return [createAnchor(text, left.start, left.end), createAnchor(text, right.start, right.end)];
}
