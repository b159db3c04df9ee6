// Finding where sentences end inside one line of prose, in a single left-to-right pass.
import { abbreviationClass, isSentenceOpener } from "./abbreviations";

/** True for sentence terminators: . ! ? … ‼ ⁇ ⁈ ⁉ (by UTF-16 code unit). */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}
// Closing quotes and brackets that belong to the sentence they follow: `.”`, `?"`, `.’”`, `.)`.
const CLOSERS = new Set(["”", '"', "’", "'", "»", "›", ")", "]", "}"]);
// Opening quotes and brackets that may precede the first word of the next sentence.
const OPENERS = new Set(["“", '"', "‘", "'", "«", "‹", "(", "[", "{", "¿", "¡"]);
const SPEECH_VERB =
  /^(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted|posted|replied|replies|noted|notes|explained|insisted|continued|declared|stated|shouted|yelled|wondered|joked|quipped|according)$/;

/** True for any whitespace character, including NBSP and the byte-order mark. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\-'’]/u.test(ch);
}

/** The word at `from` (letters, digits, hyphens, apostrophes) ending before `to`. */
function wordAt(text: string, from: number, to: number): string {
  let end = from;
  while (end < to && isWordChar(text[end])) end++;
  return text.slice(from, end);
}

/** Position of the first character of the next word after `from`, skipping spaces and opening quotes. */
function nextWordStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  while (i < to && OPENERS.has(text[i] ?? "")) i++;
  return i;
}

/** The token before the period at `dot`, without leading quotes/brackets ("U.S", "Mr", "10"). */
function tokenBefore(text: string, dot: number, from: number): string {
  let start = dot;
  while (start > from && !isSpace(text[start - 1])) start--;
  while (start < dot && OPENERS.has(text[start] ?? "")) start++;
  return text.slice(start, dot);
}

/** True if a speech verb follows within the next few words (`“Why?” Peskov asked.`): the quote does not end it. */
function attributionFollows(text: string, from: number, to: number): boolean {
  let i = from;
  for (let words = 0; words < 4 && i < to; words++) {
    i = nextWordStart(text, i, to);
    const word = wordAt(text, i, to);
    if (word === "") return false;
    if (SPEECH_VERB.test(word)) return true;
    i += word.length;
    if (!isSpace(text[i])) return false; // punctuation ends the attribution
  }
  return false;
}

/** Decides whether the terminator run text[runStart, runEnd) followed by closers up to `after` ends a sentence. */
function endsSentence(text: string, from: number, to: number, runStart: number, runEnd: number, after: number): boolean {
  const next = nextWordStart(text, after, to);
  const first = text[next];
  // A lowercase continuation never starts a sentence ("…?” he asked", "U.S. officials"), unless it is "iPhone".
  if (isLower(first) && !isUpper(text[next + 1])) return false;
  if (first === undefined || ",;:)]}".includes(first)) return false;
  const run = text.slice(runStart, runEnd);
  const closedQuote = after > runEnd;
  if (/[!?‼⁇⁈⁉]/.test(run)) return !(closedQuote && attributionFollows(text, next, to));
  if (first === ".") return false; // inside a spaced ellipsis ". . ."
  const token = tokenBefore(text, runStart, from);
  // An ellipsis ends a sentence only before a capital (or a quoted capital).
  if (run !== "." || /^\.*$/.test(token)) return isUpper(first) || (next > after && !isSpace(text[next - 1]));
  const kind = abbreviationClass(token);
  if (kind === "never-ends") return false;
  if (kind === "before-number") return !isDigit(first);
  if (kind === "may-end" && !closedQuote) return isSentenceOpener(wordAt(text, next, to));
  return true;
}

/**
 * End offsets (exclusive, after any closing quotes) of the sentences in text[from, to), a single line without
 * line breaks. The last sentence always ends at the line's last non-space character, so it is not listed.
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  // Jump from terminator to terminator with a (native) regex search rather than testing every character in
  // JavaScript: on a long article in a fresh process, before the JIT has warmed up, that loop dominated the split.
  // The search runs in the text cut off at the line's end (a slice shares the text's characters, no copy): searching
  // the whole text ran on to the next terminator however far, to the end of the article when no line has one (a list
  // of bullets), which made splitting quadratic in the number of lines.
  const line = text.slice(0, to);
  const nextTerminator = /[.!?\u2026\u203c\u2047-\u2049]/g;
  let i = from;
  while (i < to) {
    nextTerminator.lastIndex = i;
    const found = nextTerminator.exec(line);
    if (found === null) break;
    i = found.index;
    const runStart = i;
    while (i < to && isTerminator(text.charCodeAt(i))) i++;
    let after = i;
    while (after < to && CLOSERS.has(text[after] ?? "")) after++;
    // Only a terminator followed by whitespace can end a sentence: this keeps decimals ($3.5, 2.5%), URLs,
    // e-mail addresses and dotted abbreviations (U.S.) whole, because none of them contain whitespace.
    if (after >= to || !isSpace(text[after])) continue;
    if (endsSentence(text, from, to, runStart, i, after)) ends.push(after);
    i = after;
  }
  return ends;
}
