// Turns a claim, a fact-check title or a social-media post into the terms the matcher compares: links removed,
// hashtags and handles split into words, numbers normalised ("1,000" → 1000, "70 per cent" → 70), stop words
// dropped, Porter stems. An embedded tweet's "— Name (@handle) date" trailer is kept on purpose: who posted and
// when are often what the fact-check names ("In January 2020, U.S. Rep. Ilhan Omar…").
// Text in another language is lower-cased by that language's rules and stemmed by its own stemmer (stemmers.ts:
// Snowball's for Spanish, Russian, Arabic, Dutch, Turkish and twenty more, and a Ukrainian one), so "выборы" and
// "выборов" are one term; a language without a stemmer (Polish, Czech, Chinese…) keeps its words as written.
// English and unknown-language text keeps Porter, exactly as the re-ranker was trained. Each other language drops its
// own stop words (stopWords.ts).

import { stemmer } from "stemmer";
import { primaryLanguage } from "../textSearchConfig";
import { stemmerFor } from "./stemmers";
import { stopWordTest } from "./stopWords";

/** One analysed word: its stem (what is compared), where it came from, and whether it looks like a name or number. */
export interface MatchToken {
  readonly stem: string;
  /** The word as written (after hashtag/handle splitting), for "why it matched" highlighting. */
  readonly surface: string;
  /** Capitalised in the text and not the first word of a sentence: a name, place or organisation, probably. */
  readonly capitalised: boolean;
  readonly numeric: boolean;
}

// A short list: tweets are long and claims short, so frequent words only add noise to both.
const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between " +
    "both but by can could did didn't do does doesn't doing don't down during each few for from further had has have " +
    "having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into " +
    "is isn't it it's its itself let's me more most my myself no nor not of off on once only or other ought our ours " +
    "ourselves out over own same she she'd she'll she's should so some such than that that's the their theirs them " +
    "themselves then there there's these they they'd they'll they're they've this those through to too under until up " +
    "very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who " +
    "who's whom why why's will with won't would you you'd you'll you're you've your yours yourself yourselves also " +
    "just now via rt amp s t said says say get got one like will can would"
  ).split(" "),
);

const URL = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/giu;
const TAG = /([#@])([\p{L}\p{N}_]+)/gu;
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Splits a hashtag or handle body into words: "DefundTheCBC" → "Defund The CBC", "covid_19" → "covid 19". */
function splitCompound(body: string): string {
  return body
    .replace(/_/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2");
}

/** Removes links from a pasted post and splits its hashtags and handles into words. */
export function cleanPostText(text: string): string {
  return text
    .replace(URL, " ")
    .replace(TAG, (_, _mark: string, body: string) => ` ${splitCompound(body)} `)
    .replace(/\bper\s*cent\b/giu, "percent");
}

/** How text in one language is read: English's way or another's, its stemmer (none: words as written), its stop words. */
interface Analysis {
  readonly code: string;
  readonly english: boolean;
  readonly stem: ((word: string) => string) | null;
  readonly isStopWord: (word: string) => boolean;
}

const MAX_CACHED_STEMS = 200_000;
const MAX_STEMMED_LENGTH = 64;

/** A stemmer memoised (the archive repeats words a lot), up to MAX_CACHED_STEMS words so memory stays bounded. */
function memoised(stem: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (cache.size < MAX_CACHED_STEMS) cache.set(word, stemmed);
    }
    return stemmed;
  };
}

/**
 * Another language's stemmer, made safe: a library bug on one word leaves that word as written, never fails a match,
 * and so does a "word" longer than any word (a pasted run of letters), on which some stemmers take super-linear time.
 */
function guarded(stem: (word: string) => string): (word: string) => string {
  return (word) => {
    if (word.length > MAX_STEMMED_LENGTH) return word;
    try {
      return stem(word) || word;
    } catch {
      return word;
    }
  };
}

const ENGLISH: Analysis = { code: "en", english: true, stem: memoised(stemmer), isStopWord: (word) => STOP_WORDS.has(word) };

/** Built once per language, on first use. */
const analyses = new Map<string, Analysis>([["en", ENGLISH]]);

/**
 * How text in a language is analysed: English (Porter stems, English stop words) for "en" and for an unknown
 * language, as the matcher was trained; else that language's stemmer where there is one (else words as written) and
 * its stop words where there is a list.
 */
function analysisOf(language: string | null | undefined): Analysis {
  const code = primaryLanguage(language) ?? "en";
  let analysis = analyses.get(code);
  if (!analysis) {
    const stem = stemmerFor(code);
    const isStopWord = stopWordTest(code, (word) => word.toLocaleLowerCase(code));
    analysis = { code, english: false, stem: stem ? memoised(guarded(stem)) : null, isStopWord };
    analyses.set(code, analysis);
  }
  return analysis;
}

const ELIDED = /^\p{L}{1,5}'(?=\p{L})/u;
/** Languages that elide an article or preposition before a word with an apostrophe (l'élection, dell'anno). */
const ELIDING = new Set(["fr", "it", "ca", "oc"]);

/**
 * A word without what an apostrophe joins to it: in Turkish a suffix after a name (İstanbul'da → istanbul), in
 * French, Italian, Catalan and Occitan an elided article or preposition before it (l'élection, dell'anno). Elsewhere
 * the apostrophe is part of the word (Ukrainian п'ять, пам'ять): it is dropped, the word kept whole.
 */
function withoutClitic(word: string, language: string): string {
  if (language === "tr") return word.replace(/'.*$/u, "");
  return ELIDING.has(language) ? word.replace(ELIDED, "") : word.replace(/'/g, "");
}

/** Normalises a number as written: "1,000" → "1000", "3.50" → "3.5", "007" → "7". */
function normaliseNumber(raw: string): string {
  const plain = raw.replace(/,(?=\d{3}\b)/g, "");
  const value = Number(plain.replace(/,/g, "."));
  return Number.isFinite(value) ? String(value) : plain;
}

/** Whether the word at `index` opens a sentence: nothing but spaces before it, or sentence punctuation. */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\n" || text[i] === "\t")) i--;
  return i < 0 || '.!?:"“'.includes(text[i] ?? "");
}

/** Analyses text in `language` (ISO 639-1 or BCP 47; unknown: English) into tokens, in order; stop words are left out. */
export function analyseText(text: string, language?: string | null): MatchToken[] {
  const { code, english, stem, isStopWord } = analysisOf(language);
  const cleaned = cleanPostText(text);
  const tokens: MatchToken[] = [];
  for (const match of cleaned.matchAll(WORD)) {
    const surface = match[0];
    const index = match.index;
    if (/^\p{N}/u.test(surface)) {
      tokens.push({ stem: `#${normaliseNumber(surface)}`, surface, capitalised: false, numeric: true });
      continue;
    }
    const lower = (english ? surface.toLowerCase() : surface.toLocaleLowerCase(code)).replace(/’/g, "'");
    if (isStopWord(lower) || lower.length < 2) continue;
    const bare = english ? (lower.endsWith("'s") ? lower.slice(0, -2) : lower.replace(/'/g, "")) : withoutClitic(lower, code);
    if (bare.length < 2 || isStopWord(bare)) continue;
    const stemmed = stem ? stem(bare) : bare;
    // A stemmer may leave one letter of a short word (Greek "το" → "τ"): too little to tell anything.
    if (!english && stemmed.length < 2) continue;
    const capitalised = surface !== lower && /^\p{Lu}/u.test(surface) && !startsSentence(cleaned, index);
    tokens.push({ stem: stemmed, surface, capitalised, numeric: false });
  }
  return tokens;
}

/** Adjacent stem pairs ("bigram" terms), keyed so they never collide with single stems. */
export function stemBigrams(tokens: readonly MatchToken[]): string[] {
  const bigrams: string[] = [];
  for (let i = 1; i < tokens.length; i++) bigrams.push(`${tokens[i - 1]?.stem ?? ""} ${tokens[i]?.stem ?? ""}`);
  return bigrams;
}

/** The key of a claim's analysed tokens: see `sameClaimKey`. */
export function sameClaimKeyOf(tokens: readonly MatchToken[]): string {
  return tokens.map((t) => t.stem).join(" ");
}

/**
 * What makes two archived claims "the same claim, word for word": the same stems in the same order (case,
 * punctuation, stop words and word endings aside). Two fact-checks of one claim worded so are one claim to the
 * reader, so neither counts as the other's rival when judging a match.
 */
export function sameClaimKey(text: string, language?: string | null): string {
  return sameClaimKeyOf(analyseText(text, language));
}
