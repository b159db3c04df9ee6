// Helpers on a tsquery as Postgres prints it (`'unemploy' & !'riverton'`, `'drone' <-> 'explod'`): each lexeme is
// quoted, a quote inside one doubled.
const LEXEME = /(!?)'((?:[^'\\]|''|\\.)*)'/g;

/**
 * The same query, matching only words of the given weights (`'unemploy':A & !'riverton':A`): whether the title
 * (weight A) alone satisfies the query, checked on the stored vector without rebuilding or filtering it.
 */
export function restrictToWeights(tsquery: string, weights: "A" | "AB"): string {
  return tsquery.replace(LEXEME, `$&:${weights}`);
}

// A word ends the stem with "y" or "i" as it is inflected ("city", "cities" → "citi").
const escapeForPattern = (lexeme: string) =>
  lexeme.replace(/[^\p{L}\p{N}]/gu, "\\$&").replace(/i$/u, "[iy]");

/**
 * A Postgres regular expression (case-insensitive flag expected) for where the first word matching a tsquery
 * starts, to take an excerpt of a long text around it: the query's stems at the start of a word, excluded words
 * left out. Null when the query has no stem to look for. `tsquery` is the query as Postgres prints it
 * (`'unemploy' & !'riverton'`). A stem is not always the start of the word ("hoping" → "hope"), so a miss is possible.
 */
export function firstMatchPattern(tsquery: string): string | null {
  const stems = new Set<string>();
  for (const [, negated, quoted] of tsquery.matchAll(LEXEME)) {
    if (negated) continue;
    const stem = quoted!.replace(/''/g, "'").replace(/\\(.)/g, "$1");
    if (stem) stems.add(stem);
  }
  if (stems.size === 0) return null;
  return `\\m(?:${[...stems].slice(0, 16).map(escapeForPattern).join("|")})`;
}

const LEXEME_OR_PHRASE = new RegExp(`${LEXEME.source}|<\\d*->|<\\d+>`, "g");

/**
 * The same query with its phrases' words in any order and place (`'unemploy' & 'fell'` of `'unemploy' <-> 'fell'`): a
 * vector without positions (strip) matches no phrase, and this it matches when the words are all there.
 */
export function inAnyOrder(tsquery: string): string {
  return tsquery.replace(LEXEME_OR_PHRASE, (found) => (found.startsWith("<") ? "&" : found));
}
