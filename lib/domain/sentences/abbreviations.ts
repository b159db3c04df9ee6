// English abbreviations that end in a period without (necessarily) ending the sentence; other languages' lists are
// in abbreviations.<lang>.ts, chosen in sentenceRules.ts.

/** How a period after a word should be treated by the sentence splitter. */
export type AbbreviationClass =
  /** Always followed by more of the same sentence: titles (Mr., Gen.), e.g., vs. */
  | "never-ends"
  /** Ends the sentence only when the next word is a typical sentence opener (U.S., a.m., Inc., Jan.). */
  | "may-end"
  /** An abbreviation only when a number follows (No. 10, Art. 5); otherwise an ordinary word. */
  | "before-number";

/** Titles and Latin/legal abbreviations that are followed by the rest of the sentence. Matched case-sensitively. */
const NEVER_ENDS = [
  "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Hon", "Fr", "Pres",
  "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Cmdt", "Gens",
  "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Atty", "Supt", "Det", "Insp", "Amb", "Sec", "Mt", "Ft",
  "e.g", "i.e", "cf", "vs", "v", "viz", "approx", "ca", "Vs", "Cf", "E.g", "I.e", "Approx",
];

/** Abbreviations that often close a sentence too ("…in the U.S. The…"). Matched case-sensitively. */
const MAY_END = [
  "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Jr", "Sr", "Assn", "Dept", "Univ", "Intl", "Natl", "Govt",
  "etc", "al", "a.m", "p.m", "A.M", "P.M", "ed", "eds", "est",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "St", "Ave", "Blvd", "Rd", "Hwy", "Sq",
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
  "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
  "Vt", "Wash", "Wis", "Wyo",
];

/** Abbreviations that only count as such before a number ("No. 10", "Art. 5", "p. 12"). */
const BEFORE_NUMBER = ["No", "Nos", "no", "Art", "Arts", "Fig", "Figs", "Vol", "Vols", "Ch", "p", "pp", "para", "Para"];

const CLASSES = new Map<string, AbbreviationClass>();
for (const w of MAY_END) CLASSES.set(w, "may-end");
for (const w of BEFORE_NUMBER) CLASSES.set(w, "before-number");
for (const w of NEVER_ENDS) CLASSES.set(w, "never-ends");

const DOTTED_ACRONYM = /^(?:[A-Za-z]\.)+[A-Za-z]$/; // U.S, D.C, U.S.A, a.m, J.R.R
const INITIAL = /^[A-Z]$/; // John F. Kennedy

/** Classifies the word before a period (given without that period), or returns null for an ordinary word. */
export function abbreviationClass(word: string): AbbreviationClass | null {
  const known = CLASSES.get(word);
  if (known) return known;
  if (INITIAL.test(word) || DOTTED_ACRONYM.test(word)) return "may-end";
  return null;
}

/**
 * Words that typically open a new sentence. After a "may-end" abbreviation, a following capitalised word in this
 * list signals a sentence boundary ("in the U.S. The"), while a name does not ("the U.S. Senate").
 */
const SENTENCE_OPENERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
  "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "Nor", "However", "Still",
  "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before", "Although", "Though", "Since", "Because",
  "Meanwhile", "Also", "Some", "Many", "Most", "All", "Now", "Then", "Earlier", "Later", "Last", "Next", "Both",
  "Neither", "Each", "Every", "Other", "Others", "Such", "What", "Who", "Why", "How", "Where", "Which", "According",
  "Despite", "During", "Under", "Over", "By", "From", "With", "Without", "To", "Of", "Officials", "Police",
]);

/** True if `word` (letters only, no punctuation) typically opens a sentence. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}
