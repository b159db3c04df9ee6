import { DIFF_DELETE, DIFF_INSERT, diffCleanupSemantic, diffMain } from "diff-match-patch-es";

/** A run of words that both versions share, that only the newer one has, or that only the older one had. */
export type WordChange = { kind: "same" | "inserted" | "deleted"; text: string };

/** One paragraph of the compared text, in reading order. */
export type DiffParagraph = WordChange[];

/** The diff gives up refining after this long and returns a coarser (still correct) answer. */
const DIFF_TIMEOUT_SECONDS = 0.5;

// Every distinct word (with the punctuation attached to it) or run of spaces becomes one UTF-16 code unit, so the
// character diff compares whole words, as diff-match-patch's line mode does for lines. Codes start above the
// newline, which stays itself so paragraphs can be rebuilt, and skip the surrogate range.
const FIRST_CODE = 0x100;
const SURROGATES = { start: 0xd800, size: 0x800 };
const MAX_TOKENS = 0xffff - FIRST_CODE - SURROGATES.size;

const codeOf = (index: number) => {
  const unit = FIRST_CODE + index;
  return String.fromCharCode(unit >= SURROGATES.start ? unit + SURROGATES.size : unit);
};
const indexOf = (code: string) => {
  const unit = code.charCodeAt(0);
  return (unit >= SURROGATES.start + SURROGATES.size ? unit - SURROGATES.size : unit) - FIRST_CODE;
};

/**
 * How the text changed from `before` to `after`, word by word: whole words are inserted or deleted (never half a
 * word), each line of the text stays a paragraph, and neighbouring changes of the same kind are merged.
 */
export function diffWords(before: string, after: string): DiffParagraph[] {
  const tokens: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string) =>
    (text.match(/\n|[^\S\n]+|[^\s]+/g) ?? [])
      .map((token) => {
        if (token === "\n") return token;
        let code = codes.get(token);
        if (code === undefined) {
          code = codeOf(tokens.length);
          codes.set(token, code);
          tokens.push(token);
        }
        return code;
      })
      .join("");
  const encodedBefore = encode(before);
  const encodedAfter = encode(after);
  // A text with more distinct words than codes (far beyond any article) is shown as replaced whole.
  if (tokens.length > MAX_TOKENS) return replacedWhole(before, after);
  const decode = (encoded: string) => [...encoded].map((code) => (code === "\n" ? code : tokens[indexOf(code)]!)).join("");

  const diffs = diffMain(encodedBefore, encodedAfter, { diffTimeout: DIFF_TIMEOUT_SECONDS }, false);
  // Merges the single spaces left equal between changed words, so "a b" → "c d" reads as one replacement.
  diffCleanupSemantic(diffs);
  const paragraphs: DiffParagraph[] = [[]];
  for (const [operation, encoded] of diffs) {
    const kind = operation === DIFF_INSERT ? "inserted" : operation === DIFF_DELETE ? "deleted" : "same";
    decode(encoded)
      .split("\n")
      .forEach((text, i) => {
        if (i > 0) paragraphs.push([]);
        if (text) append(paragraphs[paragraphs.length - 1]!, { kind, text });
      });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** `before` deleted and `after` inserted, each whole: the comparison when a word-by-word one is out of reach. */
export function replacedWhole(before: string, after: string): DiffParagraph[] {
  const paragraphs: DiffParagraph[] = [];
  if (before) paragraphs.push([{ kind: "deleted", text: before }]);
  if (after) paragraphs.push([{ kind: "inserted", text: after }]);
  return paragraphs;
}

function append(paragraph: DiffParagraph, change: WordChange) {
  const last = paragraph[paragraph.length - 1];
  if (last?.kind === change.kind) last.text += change.text;
  else paragraph.push(change);
}

/** Whether a compared text has any change at all. */
export function hasWordChanges(paragraphs: readonly DiffParagraph[]): boolean {
  return paragraphs.some((paragraph) => paragraph.some((change) => change.kind !== "same"));
}
