// Text for a renderer that lays out characters left to right only (next/og's satori): right-to-left runs are shaped
// and put in visual order here, word by word, so that the layout can flow the words from the right and wrap them.
import { isArabicMark, shapeArabic } from "./arabicShaping";

const RIGHT_TO_LEFT = /[\u0590-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LEFT_TO_RIGHT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const MIRRORED: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«" };

/** Whether `text` holds a right-to-left letter (Hebrew, Arabic and the scripts written in it). */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

type Direction = "ltr" | "rtl";
const strong = (char: string): Direction | null => (RIGHT_TO_LEFT.test(char) ? "rtl" : LEFT_TO_RIGHT.test(char) ? "ltr" : null);

/** Characters with the marks that sit on them, so reversing keeps each mark on its letter. */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    if (out.length && (isArabicMark(char.codePointAt(0)!) || /\p{M}/u.test(char))) out[out.length - 1] += char;
    else out.push(char);
  }
  return out;
}

/**
 * A run of text inside right-to-left text, in the order it is drawn from the left: shaped, right-to-left stretches
 * reversed (brackets mirrored), left-to-right ones (numbers, Latin words) kept as they read. A neutral character
 * (space, punctuation) goes with the right-to-left side unless it stands between two left-to-right ones; a sign
 * beside a number goes with the number (95%); a closing bracket goes with its opening one, so "(Pfizer)" after Latin
 * words stays whole.
 */
export function visualRightToLeft(text: string): string {
  const chars = clusters(shapeArabic(text));
  const directions = chars.map((char) => strong(char));
  const before = strongestSoFar(directions);
  const after = strongestSoFar(directions.toReversed()).toReversed();
  const resolved = directions.map((direction, i): Direction => {
    if (direction) return direction;
    // A sign that goes with a number (95%, $5, 20°) reads with it, as the Unicode bidi algorithm has it.
    if (NUMBER_SIGN.test(chars[i]!) && (DIGIT.test(chars[i - 1] ?? "") || DIGIT.test(chars[i + 1] ?? ""))) return "ltr";
    return before[i] === "ltr" && after[i] === "ltr" ? "ltr" : "rtl";
  });
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (OPENING.has(char)) open.push(i);
    else if (CLOSING.has(char) && open.length > 0) resolved[i] = resolved[open.pop()!]!;
  });
  const runs: { direction: Direction; chars: string[] }[] = [];
  chars.forEach((char, i) => {
    const last = runs.at(-1);
    if (last && last.direction === resolved[i]) last.chars.push(char);
    else runs.push({ direction: resolved[i]!, chars: [char] });
  });
  return runs
    .reverse()
    .map((run) => (run.direction === "ltr" ? run.chars.join("") : run.chars.reverse().map((char) => MIRRORED[char] ?? char).join("")))
    .join("");
}

const OPENING = new Set(["(", "[", "{", "«"]);
const NUMBER_SIGN = /^[%‰‱°#$¢£¥€₪₴₽₹+\u066a]$/u;
const DIGIT = /^\p{Nd}$/u;
const CLOSING = new Set([")", "]", "}", "»"]);

/** For each position, the last strong direction strictly before it (null: none), in one pass. */
function strongestSoFar(directions: readonly (Direction | null)[]): (Direction | null)[] {
  let last: Direction | null = null;
  return directions.map((direction) => {
    const seen = last;
    if (direction) last = direction;
    return seen;
  });
}

/**
 * `text` as pieces for a wrapping row that runs in `direction` (flex `row` or `row-reverse`): each piece already in
 * visual order. Words of the other direction that follow one another stay together in one piece, in their order.
 */
export function visualPieces(text: string, direction: Direction): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // A word of digits and signs (2024, 95%) has no direction of its own: it goes with the words around it.
  const kinds = words.map((word) => (hasRightToLeft(word) ? "rtl" : LETTER.test(word) ? "ltr" : null));
  const nextStrongs = strongestSoFar(kinds.toReversed()).toReversed();
  const other: Direction = direction === "rtl" ? "ltr" : "rtl";
  const pieces: string[][] = [];
  let group: string[] | null = null;
  words.forEach((word, i) => {
    const kind = kinds[i];
    const inGroup = kind === other || (kind === null && group !== null && nextStrongs[i] === other);
    if (inGroup) {
      if (group) group.push(word);
      else pieces.push((group = [word]));
    } else {
      group = null;
      pieces.push([word]);
    }
  });
  return pieces.map((piece) => {
    const joined = piece.join(" ");
    // In right-to-left text, a Latin word's trailing full stop is drawn on its left, as the sentence's end.
    return hasRightToLeft(joined) || direction === "rtl" ? visualRightToLeft(joined) : joined;
  });
}
