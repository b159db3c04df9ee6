// Hand-crafted, speaker-independent sentence features (numbers, comparisons, tense, person, length...).
// Every value lies in [0, 1] so the features need no standardisation.

const NUMBER = /\d+(?:[.,]\d+)*/g;
const PERCENT = /%|\bper ?cent(?:age)?s?\b/i;
const MONEY = /[$£€]|\b(?:dollars?|euros?|pounds sterling|cents?)\b/i;
const MAGNITUDE = /\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i;
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|third|quarter|twice|double[sd]?|tripled?|quadrupled?)\b/i;
const YEAR = /\b(?:1[89]\d\d|20\d\d)s?\b|'\d0s\b/;
const COMPARATIVE =
  /\b(?:more|less|fewer|than|higher|lower|larger|smaller|bigger|greater|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|r[io]se|rising|fell|fall(?:en|ing)?|drop(?:ped|s)?|grew|grow(?:n|ing)?|cut|doubled|tripled|up|down)\b/i;
const SUPERLATIVE =
  /\b(?:most|least|best|worst|highest|lowest|largest|biggest|smallest|greatest|fastest|record|ever|never|first|only|all-time|history|historic)\b|\b\w{3,}est\b/i;
const FUTURE = /\b(?:will|won't|shall|going to|gonna|plan(?:s|ning)? to|promise[sd]?|would)\b|\w'll\b/i;
const PAST = /\b(?:was|were|had|did|voted|said|passed|signed|supported|opposed|created|lost|gained)\b/i;
const PAST_ED = /\b\w{3,}ed\b/gi;
const FIRST_SINGULAR = /\b(?:i|me|my|mine|i'm|i've|i'd)\b/i;
const FIRST_PLURAL = /\b(?:we|us|our|ours|we're|we've|we'd)\b/i;
const SECOND_PERSON = /\b(?:you|your|yours|you're|you've)\b/i;
const OPINION = /\b(?:think|believe|feel|hope|love|wish|want|like|agree|disagree|opinion)\b/i;
const COURTESY =
  /\b(?:thank(?:s| you)?|welcome|good (?:evening|morning|night|afternoon)|applause|laughter|congratulations|please|hello|ladies and gentlemen)\b/i;
const NEGATION = /\b(?:not|no|never|nothing|none|nobody)\b|n't\b/i;
const ECONOMY =
  /\b(?:tax(?:es)?|jobs?|unemploy\w*|employ\w*|economy|econom\w+|deficit|debt|budget|gdp|wages?|income|trade|tariffs?|spending|cost|costs|price[sd]?|inflation|poverty|crime|murders?|immigra\w*|border|health ?care|insurance|medicare|medicaid|rate|average|percent|statistics?|data|survey|poll|study|report)\b/i;
const LAW_AND_VOTES = /\b(?:law|bill|act|voted?|votes|legislation|congress|senate|court|ruled?|treaty|deal|agreement|regulation)\b/i;
const QUOTE = /["“”]/;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Names of the hand features, in index order (stored in the weights header so the order can be checked). */
export const HAND_FEATURE_NAMES = [
  "hasNumber",
  "numberCount",
  "percent",
  "money",
  "magnitudeWord",
  "numberWord",
  "year",
  "comparative",
  "superlative",
  "future",
  "pastMarker",
  "pastEdRatio",
  "firstSingular",
  "firstPlural",
  "secondPerson",
  "opinion",
  "courtesy",
  "negation",
  "economyTerm",
  "lawOrVote",
  "question",
  "exclamation",
  "quote",
  "lengthLog",
  "veryShort",
  "short",
  "long",
  "capitalisedRatio",
] as const;

export const HAND_FEATURE_COUNT = HAND_FEATURE_NAMES.length;

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

const b = (v: boolean): number => (v ? 1 : 0);

/** Writes the hand features of `text` into out[offset .. offset + HAND_FEATURE_COUNT). */
export function computeHandFeatures(text: string, out: Float64Array, offset: number): void {
  const numbers = countMatches(text, NUMBER);
  WORD.lastIndex = 0;
  let words = 0;
  let capitalisedNonInitial = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (words > 0 && m[0].charCodeAt(0) <= 90 && m[0] !== "I") capitalisedNonInitial++;
    words++;
  }
  const tokens = words + numbers;
  const pastEd = countMatches(text, PAST_ED);
  const values = [
    b(numbers > 0),
    Math.min(numbers, 4) / 4,
    b(PERCENT.test(text)),
    b(MONEY.test(text)),
    b(MAGNITUDE.test(text)),
    b(NUMBER_WORD.test(text)),
    b(YEAR.test(text)),
    b(COMPARATIVE.test(text)),
    b(SUPERLATIVE.test(text)),
    b(FUTURE.test(text)),
    b(PAST.test(text)),
    words > 0 ? Math.min(1, (3 * pastEd) / words) : 0,
    b(FIRST_SINGULAR.test(text)),
    b(FIRST_PLURAL.test(text)),
    b(SECOND_PERSON.test(text)),
    b(OPINION.test(text)),
    b(COURTESY.test(text)),
    b(NEGATION.test(text)),
    b(ECONOMY.test(text)),
    b(LAW_AND_VOTES.test(text)),
    b(text.includes("?")),
    b(text.includes("!")),
    b(QUOTE.test(text)),
    Math.min(1, Math.log1p(tokens) / Math.log(61)),
    b(tokens <= 4),
    b(tokens <= 8),
    b(tokens >= 25),
    words > 1 ? Math.min(1, (2 * capitalisedNonInitial) / (words - 1)) : 0,
  ];
  for (let i = 0; i < values.length; i++) out[offset + i] = values[i] ?? 0;
}
