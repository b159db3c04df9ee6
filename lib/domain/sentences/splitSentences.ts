// Splitting article text into sentences and non-claim lines, with offsets into the original string.
import {
  bulletMarkerLength,
  classifyLine,
  countWords,
  datelinePrefixLength,
  headingMarkerLength,
  nonClaimSentenceKind,
  type LineKind,
} from "./lineKinds";
import { isSpace, sentenceEnds } from "./sentenceBoundaries";
import { ENGLISH_RULES, sentenceRulesFor, type SentenceRules } from "./sentenceRules";

export type SentenceKind = Exclude<LineKind, "prose"> | "sentence";

/** A span of the input: `text === input.slice(start, end)`, trimmed, never containing a line break. */
export type Sentence = {
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** True if the span may be offered as a claim (a statement of some length, in prose or a bullet item). */
  suggestible: boolean;
};

// How a span ends that a sentence end without punctuation closed: a letter or a colon (not a smiley such as ":P").
const RUN_IN_HEADING_END = /(?<![:;=]-?[()DPp]*)[\p{L}:]$/u;

/** Minimum number of words for a sentence to be offered as a claim. */
export const MIN_CLAIM_WORDS = 4;

function span(text: string, start: number, end: number, kind: SentenceKind, suggestible: boolean): Sentence {
  return { start, end, text: text.slice(start, end), kind, suggestible };
}

/** Finds the ends of all but the last sentence in text[from, to), a single line (see sentenceEnds). */
export type SentenceEndsFinder = (text: string, from: number, to: number) => number[];

/** Pushes the sentences of text[from, to) (one line, may be untrimmed); `kind` is "sentence" or "bullet". */
function pushSentences(
  text: string,
  from: number,
  to: number,
  kind: "sentence" | "bullet",
  findEnds: SentenceEndsFinder,
  out: Sentence[],
): void {
  let start = from;
  const ends = findEnds(text, from, to);
  ends.push(to);
  for (const rawEnd of ends) {
    while (start < rawEnd && isSpace(text[start])) start++;
    let end = rawEnd;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) {
      const sentence = text.slice(start, end);
      const other = nonClaimSentenceKind(sentence);
      if (other) out.push(span(text, start, end, other, false));
      // A heading run into the text ends where the next sentence begins, with no punctuation (sentenceRules.ts).
      else if (rawEnd < to && RUN_IN_HEADING_END.test(sentence)) out.push(span(text, start, end, "heading", false));
      else out.push(span(text, start, end, kind, countWords(sentence, MIN_CLAIM_WORDS) >= MIN_CLAIM_WORDS));
    }
    start = rawEnd;
  }
}

/** Pushes the spans of one trimmed, non-empty line text[start, end). */
function pushLine(
  text: string,
  start: number,
  end: number,
  findEnds: SentenceEndsFinder,
  rules: SentenceRules,
  out: Sentence[],
): void {
  const line = text.slice(start, end);
  const kind = classifyLine(line, rules);
  switch (kind) {
    case "prose": {
      const dateline = datelinePrefixLength(line);
      if (dateline > 0) {
        let datelineEnd = start + dateline;
        while (isSpace(text[datelineEnd - 1])) datelineEnd--;
        out.push(span(text, start, datelineEnd, "dateline", false));
      }
      pushSentences(text, start + dateline, end, "sentence", findEnds, out);
      return;
    }
    case "bullet":
      pushSentences(text, start + bulletMarkerLength(line), end, "bullet", findEnds, out);
      return;
    case "heading":
      out.push(span(text, start + headingMarkerLength(line), end, "heading", false));
      return;
    default:
      out.push(span(text, start, end, kind, false));
  }
}

export type SplitOptions = {
  /** The text's language, an ISO 639-1 code ("en", "es", "ru", "uk"); English rules when absent or unknown. */
  lang?: string;
};

/**
 * Splits `text` into sentences and non-claim lines (links, promotions, credits, bylines, headings) in order, with
 * the sentence rules of `options.lang` (abbreviations, quotes, dialogue dashes).
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const rules = sentenceRulesFor(options.lang);
  return splitSentencesWith(text, (line, from, to) => sentenceEnds(line, from, to, rules), rules);
}

/**
 * Like splitSentences, with another way of finding sentence ends inside a line (used to compare splitters); `rules`
 * still tell a heading from a sentence.
 */
export function splitSentencesWith(
  text: string,
  findEnds: SentenceEndsFinder,
  rules: SentenceRules = ENGLISH_RULES,
): Sentence[] {
  const out: Sentence[] = [];
  // Line breaks: LF, CR, VT, FF, NEL, LS, PS. A native regex search, not a JavaScript loop over every character,
  // keeps a fresh process fast on long text (before the JIT has warmed up).
  const nextLineBreak = /[\n\r\v\f\u0085\u2028\u2029]/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    nextLineBreak.lastIndex = lineStart;
    const lineEnd = nextLineBreak.exec(text)?.index ?? text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) pushLine(text, start, end, findEnds, rules, out);
    lineStart = lineEnd + 1;
  }
  return out;
}
