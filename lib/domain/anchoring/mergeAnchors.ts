import { assertAnchorInText, createAnchor, type Anchor } from "./anchor";

/** One anchor spanning both claims (from the earlier start to the later end, including any text between); throws if either is not in `text`. */
export function mergeAnchors(text: string, a: Anchor, b: Anchor): Anchor {
  assertAnchorInText(text, a);
  assertAnchorInText(text, b);
  return createAnchor(text, Math.min(a.start, b.start), Math.max(a.end, b.end));
}
