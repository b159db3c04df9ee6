// Finding where sentences end inside one line of prose, in a single left-to-right pass.
import { ENGLISH_RULES, type SentenceRules } from "./sentenceRules";

/** True for sentence terminators: . ! ? … ‼ ⁇ ⁈ ⁉ (by UTF-16 code unit). */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}
// Closing quotes and brackets that belong to the sentence they follow: `.”`, `?"`, `.’”`, `.)`.
const CLOSERS = new Set(["”", '"', "’", "'", "»", "›", ")", "]", "}"]);
// Opening quotes and brackets that may precede the first word of the next sentence (`` is TeX's opening quote).
const OPENERS = new Set(["“", '"', "‘", "'", "«", "‹", "(", "[", "{", "¿", "¡", "`"]);
// Quotes written as HTML character references, as in text taken from a page's source: `.&quot; The`.
const QUOTE_REFERENCE = /&(?:quot|#0*34|#0*39|apos|[lr]dquo|[lr]squo|[lr]aquo|#0*171|#0*187|#0*82(?:16|17|20|21));/y;
const DASHES = new Set(["—", "–", "―"]);
// Signs that go on with the phrase before them rather than open a sentence ("13 чел. / км²", "2017 р. № 325").
const CONTINUING_SIGN = /^[./%‰°№=×&]/;

/** True for any whitespace character, including NBSP and the byte-order mark. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(ch);
}

function isAllSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
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

/** Length of the quote written as an HTML character reference at `i` (`&quot;`, `&#39;`), or 0. */
function quoteReferenceLength(text: string, i: number): number {
  if (text[i] !== "&") return 0;
  QUOTE_REFERENCE.lastIndex = i;
  return QUOTE_REFERENCE.test(text) ? QUOTE_REFERENCE.lastIndex - i : 0;
}

/** Position after the opening quotes and brackets at `from`. */
function skipOpeners(text: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    const reference = quoteReferenceLength(text, i);
    if (i < to && OPENERS.has(text[i] ?? "")) i++;
    else if (reference > 0) i += reference;
    else return i;
  }
}

/**
 * Position of the first character of the next word after `from`, skipping spaces and opening quotes, and with
 * `dashes`, the dash that opens a line of dialogue or an attribution ("— Видно", "—dijo").
 */
function nextWordStart(text: string, from: number, to: number, dashes = false): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  // Empty brackets, left where a page's pronunciation or a link was taken out ("детей. () Родился"), open nothing.
  if (text.startsWith("()", i)) {
    i += 2;
    while (i < to && isSpace(text[i])) i++;
  }
  i = skipOpeners(text, i, to);
  // "--", and "-" before a space, are typed dashes.
  const dash = !dashes ? 0 : DASHES.has(text[i] ?? "") ? 1 : text.startsWith("--", i) ? 2 : text[i] === "-" && isSpace(text[i + 1]) ? 1 : 0;
  if (dash > 0) {
    i += dash;
    while (i < to && isSpace(text[i])) i++;
    i = skipOpeners(text, i, to);
  }
  return i;
}

/** Start of the token that ends at `end` (exclusive), not before `from`. */
function tokenStart(text: string, end: number, from: number): number {
  let start = end;
  while (start > from && !isSpace(text[start - 1])) start--;
  return start;
}

/** The token before the period at `dot`, without leading quotes/brackets ("U.S", "Mr", "10"). */
function tokenBefore(text: string, dot: number, from: number): string {
  let start = tokenStart(text, dot, from);
  while (start < dot && OPENERS.has(text[start] ?? "")) start++;
  return text.slice(start, dot);
}

/** The token (with its punctuation) before the one that ends at `dot`: "1948" in "1948 г.", "т." in "т. д.". */
function previousToken(text: string, dot: number, from: number): string {
  let end = tokenStart(text, dot, from);
  while (end > from && isSpace(text[end - 1])) end--;
  return text.slice(skipOpeners(text, tokenStart(text, end, from), end), end);
}

/** Position after the closing quotes and brackets at `from` (with `lowQuotes`, also a “ that a space follows). */
function skipClosers(text: string, from: number, to: number, lowQuotes: boolean): number {
  let i = from;
  while (i < to) {
    const c = text[i] ?? "";
    const reference = quoteReferenceLength(text, i);
    if (CLOSERS.has(c)) i++;
    else if (lowQuotes && c === "“" && (i + 1 >= to || isSpace(text[i + 1]) || CLOSERS.has(text[i + 1] ?? ""))) i++;
    else if (reference > 0) i += reference;
    else break;
  }
  return i;
}

// A smiley after a sentence belongs to it ("…дивакуватий. :) Дивитись…"), as a closing quote would.
const EMOTICON = /\s+[:;=]-?[()DPp]+(?=\s|$)/y;

/** Position after a smiley that follows the sentence end at `from` (after its closers), or `from`. */
function skipEmoticon(text: string, from: number, to: number): number {
  EMOTICON.lastIndex = from;
  return EMOTICON.test(text) && EMOTICON.lastIndex <= to ? EMOTICON.lastIndex : from;
}

/**
 * True if the period at `runStart` is inside brackets that close within a few words after it, with no sentence
 * between: an editor's note or a reference ("(наступного року. — Ред.)", "(p. 3. Fig. 2)"), not the end of the
 * sentence around them. (Quotes are not brackets here: a treebank splits «Батько служить. Він, типу, патріот».)
 */
function insideShortBrackets(text: string, from: number, runStart: number, after: number, to: number): boolean {
  // Bounded both ways, so that the split stays linear in the text however long its lines.
  const near = text.slice(Math.max(from, runStart - BRACKET_REACH), runStart);
  if (!near.includes("(")) return false; // most sentence ends: nothing more to look at
  // A smiley's bracket (":(", ";-)") opens and closes nothing.
  const before = near.replace(SMILEY_BRACKET, "");
  const ahead = text.slice(after, Math.min(to, after + BRACKET_REACH)).replace(SMILEY_BRACKET, "");
  const open = before.lastIndexOf("(");
  if (open < 0 || before.lastIndexOf(")") > open) return false;
  const close = ahead.indexOf(")");
  if (close < 0) return false;
  const between = ahead.slice(0, close);
  return !between.includes("(") && between.trim().split(/\s+/).length <= 3 && !/[!?…]/.test(between);
}
const BRACKET_REACH = 200;
const SMILEY_BRACKET = /[:;=]-?[()]/g;

/** True if a speech verb follows within the next few words (`“Why?” Peskov asked.`): the quote does not end it. */
function attributionFollows(text: string, from: number, to: number, speechVerb: RegExp | null): boolean {
  if (speechVerb === null) return false;
  let i = from;
  for (let words = 0; words < 4 && i < to; words++) {
    i = nextWordStart(text, i, to);
    const word = wordAt(text, i, to);
    if (word === "") return false;
    if (speechVerb.test(word)) return true;
    i += word.length;
    if (!isSpace(text[i])) return false; // punctuation ends the attribution
  }
  return false;
}

/** Decides whether the terminator run text[runStart, runEnd) followed by closers up to `after` ends a sentence. */
function endsSentence(
  text: string,
  from: number,
  to: number,
  runStart: number,
  runEnd: number,
  after: number,
  rules: SentenceRules,
): boolean {
  const next = nextWordStart(text, after, to, rules.dialogueDashes);
  const first = text[next];
  // A lowercase continuation never starts a sentence ("…?” he asked", "U.S. officials"), unless it is "iPhone" or
  // follows a plain period and spaces after a word the language says a period ends ("…фильма. уровень").
  if (isLower(first) && !isUpper(text[next + 1])) {
    return runEnd === runStart + 1 && text[runStart] === "." && after === runEnd && isAllSpace(text, after, next) && rules.endsBeforeLowercase(tokenBefore(text, runStart, from));
  }
  if (first === undefined || ",;:)]}".includes(first)) return false;
  if (rules.signsContinue && CONTINUING_SIGN.test(first)) return false;
  const run = text.slice(runStart, runEnd);
  const closedQuote = after > runEnd;
  if (/[!?‼⁇⁈⁉]/.test(run)) return !(closedQuote && attributionFollows(text, next, to, rules.speechVerb));
  if (first === ".") return false; // inside a spaced ellipsis ". . ."
  const token = tokenBefore(text, runStart, from);
  // An ellipsis ends a sentence only before a capital (or, in English, anything quoted: `… “1984” was`).
  if (run !== "." || /^\.*$/.test(token)) {
    return isUpper(first) || (!rules.ellipsisEndsBeforeCapitalOnly && next > after && !isSpace(text[next - 1]));
  }
  if (insideShortBrackets(text, from, runStart, after, to)) return false;
  const kind = rules.abbreviationClass(token, previousToken(text, runStart, from));
  if (kind === "never-ends") return false;
  if (kind === "before-number") return !isDigit(first);
  // After an abbreviation, a dash goes on with the phrase ("альбом 2002 г. — «Где теперь любовь?»"): the opener must
  // come first.
  if (kind === "may-end" && !closedQuote) {
    return next === nextWordStart(text, after, to) && rules.isSentenceOpener(wordAt(text, next, to)) && !initialAt(text, next);
  }
  return true;
}

/** True if a one-letter word and a period are at `i` ("С." of "А. С. Пушкин"): initials go on with the name. */
function initialAt(text: string, i: number): boolean {
  return isUpper(text[i]) && text[i + 1] === ".";
}

/** True if the semicolon at `at` ends a sentence under `rules`: a capital follows. */
function semicolonEnds(text: string, at: number, to: number, rules: SentenceRules): boolean {
  if (!rules.semicolonBeforeCapitalEnds || !isSpace(text[at + 1])) return false;
  const next = nextWordStart(text, at + 1, to);
  return isUpper(text[next]) && !isUpper(text[next + 1]);
}

/**
 * Ends of sentences with no punctuation at their end, before a word that only ever opens a sentence, after a lowercase
 * word (or its colon): a heading or caption run into the text ("…207 гигабайт Несмотря на…", "…5 направлений: Однако,
 * автор…"). The rules' pattern (sentenceRules.ts) matches the spaces between the two.
 */
function unpunctuatedEnds(line: string, from: number, pattern: RegExp): number[] {
  const ends: number[] = [];
  pattern.lastIndex = from;
  for (let found = pattern.exec(line); found !== null; found = pattern.exec(line)) ends.push(found.index);
  return ends;
}

const TERMINATOR = /[.!?\u2026\u203c\u2047-\u2049]/g;
const SEMICOLON_OR_TERMINATOR = /[.!?;\u2026\u203c\u2047-\u2049]/g;

/**
 * End offsets (exclusive, after any closing quotes) of the sentences in text[from, to), a single line without
 * line breaks. The last sentence always ends at the line's last non-space character, so it is not listed.
 */
export function sentenceEnds(text: string, from: number, to: number, rules: SentenceRules = ENGLISH_RULES): number[] {
  const ends = punctuatedEnds(text, from, to, rules);
  if (rules.unpunctuatedStart === null) return ends;
  const more = unpunctuatedEnds(text.slice(0, to), from, rules.unpunctuatedStart);
  return more.length === 0 ? ends : [...ends, ...more].sort((a, b) => a - b);
}

/** The sentence ends in text[from, to) that punctuation makes (sentenceEnds without the language's unpunctuated ones). */
export function punctuatedEnds(text: string, from: number, to: number, rules: SentenceRules = ENGLISH_RULES): number[] {
  const ends: number[] = [];
  // Jump from terminator to terminator with a (native) regex search rather than testing every character in
  // JavaScript: on a long article in a fresh process, before the JIT has warmed up, that loop dominated the split.
  // The search runs in the text cut off at the line's end (a slice shares the text's characters, no copy): searching
  // the whole text ran on to the next terminator however far, to the end of the article when no line has one (a list
  // of bullets), which made splitting quadratic in the number of lines.
  const line = text.slice(0, to);
  const nextTerminator = rules.semicolonBeforeCapitalEnds ? SEMICOLON_OR_TERMINATOR : TERMINATOR;
  let i = from;
  while (i < to) {
    nextTerminator.lastIndex = i;
    const found = nextTerminator.exec(line);
    if (found === null) break;
    i = found.index;
    if (text[i] === ";") {
      if (semicolonEnds(text, i, to, rules)) ends.push(i + 1);
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && isTerminator(text.charCodeAt(i))) i++;
    const after = skipEmoticon(text, skipClosers(text, i, to, rules.lowOpeningQuotes), to);
    // Only a terminator followed by whitespace can end a sentence: this keeps decimals ($3.5, 2.5%), URLs,
    // e-mail addresses and dotted abbreviations (U.S.) whole, because none of them contain whitespace.
    if (after >= to || !isSpace(text[after])) continue;
    if (endsSentence(text, from, to, runStart, i, after, rules)) ends.push(after);
    i = after;
  }
  return ends;
}
