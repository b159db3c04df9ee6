// "Why it matched", in facts: the numbers, names and other telling words a claim shares with an earlier fact-check.
// Common words are left out: "year" or "two" in common is no reason to think two claims are one.

import type { SharedTerm } from "./claimIndex";
import { tellingTerms } from "./sameClaim";

/** The telling words a match shares, as the archived claim writes them: numbers, names, then the rest, rarest first. */
export interface MatchReason {
  readonly numbers: readonly string[];
  readonly names: readonly string[];
  /** Other telling words (what happened), the rarest first. */
  readonly words: readonly string[];
}

/** The reason for a match from its shared terms; `common` holds the stems too common to tell claims apart. */
export function matchReason(shared: readonly SharedTerm[], common: ReadonlySet<string>): MatchReason {
  const telling = tellingTerms(shared, common);
  return {
    numbers: telling.filter((t) => t.numeric).map((t) => t.surface),
    names: telling.filter((t) => t.name && !t.numeric).map((t) => t.surface),
    words: telling
      .filter((t) => !t.name && !t.numeric)
      .sort((a, b) => b.idf - a.idf)
      .map((t) => t.surface),
  };
}

/** Every word of a reason, numbers first: what to mark in the archived claim. */
export function reasonWords(reason: MatchReason): string[] {
  return [...reason.numbers, ...reason.names, ...reason.words];
}

function list(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The reason in words ("the number 3.2, the name Kremlin and the words drones and attack"); empty when nothing tells. */
export function describeMatchReason(reason: MatchReason): string {
  const parts = [
    reason.numbers.length ? `${reason.numbers.length === 1 ? "the number" : "the numbers"} ${list(reason.numbers)}` : "",
    reason.names.length ? `${reason.names.length === 1 ? "the name" : "the names"} ${list(reason.names)}` : "",
    reason.words.length ? `${reason.words.length === 1 ? "the word" : "the words"} ${list(reason.words)}` : "",
  ].filter(Boolean);
  return list(parts);
}

/** The reason as a sentence a person reads beside the match. */
export function explainMatch(reason: MatchReason): string {
  const facts = describeMatchReason(reason);
  return facts ? `Both mention ${facts}.` : "They share only common words.";
}
