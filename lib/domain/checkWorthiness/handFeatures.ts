// Hand-crafted, speaker-independent sentence features (numbers, comparisons, tense, person, attributions, named-entity
// cues, length...). Every value lies in [0, 1] so the features need no standardisation.
//
// Word lists are looked up per token (one pass over the words, a Map from word to the lists it is in) rather than
// tested with one regular expression each: in a fresh process the regular expressions' compilation and first runs
// dominated the time to score a long article.

const NUMBER = /\d+(?:[.,]\d+)*/g;
const YEAR = /\b(?:1[89]\d\d|20\d\d)s?\b|'\d0s\b/;
const QUOTE = /["“”]/;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

const enum Lexicon {
  Percent = 1 << 0,
  Money = 1 << 1,
  Magnitude = 1 << 2,
  NumberWord = 1 << 3,
  Comparative = 1 << 4,
  Superlative = 1 << 5,
  Future = 1 << 6,
  Past = 1 << 7,
  FirstSingular = 1 << 8,
  FirstPlural = 1 << 9,
  SecondPerson = 1 << 10,
  Opinion = 1 << 11,
  Courtesy = 1 << 12,
  Negation = 1 << 13,
  Economy = 1 << 14,
  LawOrVote = 1 << 15,
  Attribution = 1 << 16,
  Modal = 1 << 17,
  Than = 1 << 18,
  SinceOrAgo = 1 << 19,
  HedgeOrOpinion = 1 << 20,
  Procedure = 1 << 21,
}

/** Lower-case word (or "word word" pair) -> the lists it belongs to, as Lexicon bits. */
const LEXICON = new Map<string, number>();
function addWords(flag: Lexicon, words: string): void {
  for (const w of words.split(" ")) LEXICON.set(w.replace(/_/g, " "), (LEXICON.get(w.replace(/_/g, " ")) ?? 0) | flag);
}
addWords(Lexicon.Percent, "percent percents percentage percentages per_cent");
addWords(Lexicon.Money, "dollar dollars euro euros cent cents pounds_sterling");
addWords(Lexicon.Magnitude, "hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens");
addWords(
  Lexicon.NumberWord,
  "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy " +
    "eighty ninety half third quarter twice double doubles doubled triple tripled quadruple quadrupled",
);
addWords(
  Lexicon.Comparative,
  "more less fewer than higher lower larger smaller bigger greater increase increased increases increasing decrease " +
    "decreased decreases decreasing rise rose rising fell fall fallen falling drop dropped drops grew grow grown growing " +
    "cut doubled tripled up down",
);
addWords(
  Lexicon.Superlative,
  "most least best worst highest lowest largest biggest smallest greatest fastest record ever never first only all-time history historic",
);
addWords(Lexicon.Future, "will won't shall gonna would promise promises promised going_to plan_to plans_to planning_to");
addWords(Lexicon.Past, "was were had did voted said passed signed supported opposed created lost gained");
addWords(Lexicon.FirstSingular, "i me my mine i'm i've i'd");
addWords(Lexicon.FirstPlural, "we us our ours we're we've we'd");
addWords(Lexicon.SecondPerson, "you your yours you're you've");
addWords(Lexicon.Opinion, "think believe feel hope love wish want like agree disagree opinion");
addWords(
  Lexicon.Courtesy,
  "thank thanks welcome applause laughter congratulations please hello good_evening good_morning good_night good_afternoon ladies_and gentlemen",
);
addWords(Lexicon.Negation, "not no never nothing none nobody");
addWords(
  Lexicon.Economy,
  "tax taxes job jobs economy deficit debt budget gdp wage wages income trade tariff tariffs spending cost costs price " +
    "prices priced inflation poverty crime murder murders border healthcare health_care insurance medicare medicaid rate " +
    "average percent statistic statistics data survey poll study report",
);
addWords(
  Lexicon.LawOrVote,
  "law bill act vote voted votes legislation congress senate court rule ruled treaty deal agreement regulation",
);
addWords(
  Lexicon.Attribution,
  "said says say saying told according_to reported reports announced stated claimed claims testified wrote",
);
addWords(
  Lexicon.Modal,
  "can could should must may might ought can't cannot couldn't shouldn't mustn't won't wouldn't need_to have_to has_to",
);
addWords(Lexicon.Than, "than");
addWords(
  Lexicon.SinceOrAgo,
  "since ago last_year last_month last_week last_decade last_time the_last the_past so_far",
);
addWords(Lexicon.HedgeOrOpinion, "maybe perhaps probably frankly honestly i_think i_believe i_feel believe_me");
addWords(
  Lexicon.Procedure,
  "question questions answer minute minutes second seconds moderator debate rebuttal respond response go_ahead let_me next audience",
);

/** Lists a single lower-case word belongs to by its form rather than by name. */
function affixFlags(w: string): number {
  let flags = 0;
  if (w.length >= 6 && w.endsWith("est")) flags |= Lexicon.Superlative;
  if (w.endsWith("n't")) flags |= Lexicon.Negation;
  if (w.endsWith("'ll")) flags |= Lexicon.Future;
  if (w.startsWith("unemploy") || w.startsWith("employ") || w.startsWith("econom") || w.startsWith("immigra")) {
    flags |= Lexicon.Economy;
  }
  return flags;
}

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
  "hasCapitalised",
  "capitalisedRun",
  "attribution",
  "modal",
  "than",
  "sinceOrAgo",
  "hedgeOrOpinion",
  "procedure",
  "numberAndEconomy",
  "numberAndComparison",
  "numberAndPast",
  "futureAndFirstPerson",
] as const;

export const HAND_FEATURE_COUNT = HAND_FEATURE_NAMES.length;

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

const b = (v: boolean): number => (v ? 1 : 0);

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** Writes the hand features of `text` into out[offset .. offset + HAND_FEATURE_COUNT). */
export function computeHandFeatures(text: string, out: Float64Array, offset: number): void {
  const numbers = countMatches(text, NUMBER);
  let words = 0;
  let capitalisedNonInitial = 0;
  let capitalisedRun = false;
  let pastEd = 0;
  let flags = 0;
  let previous = "";
  let previousEnd = -1;
  let previousCapitalised = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const token = m[0];
    const first = token.charCodeAt(0);
    if (words > 0 && isUpperAscii(first) && token !== "I") capitalisedNonInitial++;
    // Two capitalised words in a row ("Social Security", "New York"), "of" allowed between: a named-entity cue.
    const capitalised = isUpperAscii(first) && isLowerAscii(token.charCodeAt(1));
    const adjacent = previousEnd >= 0 && text.slice(previousEnd, m.index).trim() === "";
    if (capitalised && previousCapitalised && adjacent) capitalisedRun = true;
    if (!(token === "of" && previousCapitalised)) previousCapitalised = capitalised && (adjacent || !previousCapitalised);
    words++;
    const w = token.toLowerCase().replace(/’/g, "'");
    if (w.length >= 5 && w.endsWith("ed")) pastEd++;
    flags |= (LEXICON.get(w) ?? 0) | affixFlags(w);
    if (w.includes("-")) for (const part of w.split("-")) flags |= (LEXICON.get(part) ?? 0) | affixFlags(part);
    if (adjacent) flags |= LEXICON.get(`${previous} ${w}`) ?? 0;
    previous = w;
    previousEnd = m.index + token.length;
  }
  const has = (flag: Lexicon): boolean => (flags & flag) !== 0;
  const tokens = words + numbers;
  const percent = has(Lexicon.Percent) || text.includes("%");
  const money = has(Lexicon.Money) || /[$£€]/.test(text);
  const hasNumber = numbers > 0 || has(Lexicon.NumberWord) || percent;
  const comparison = has(Lexicon.Comparative) || has(Lexicon.Superlative);
  const past = has(Lexicon.Past) || pastEd > 0;
  const firstPerson = has(Lexicon.FirstSingular) || has(Lexicon.FirstPlural);
  const values = [
    b(numbers > 0),
    Math.min(numbers, 4) / 4,
    b(percent),
    b(money),
    b(has(Lexicon.Magnitude)),
    b(has(Lexicon.NumberWord)),
    b(YEAR.test(text)),
    b(has(Lexicon.Comparative)),
    b(has(Lexicon.Superlative)),
    b(has(Lexicon.Future)),
    b(has(Lexicon.Past)),
    words > 0 ? Math.min(1, (3 * pastEd) / words) : 0,
    b(has(Lexicon.FirstSingular)),
    b(has(Lexicon.FirstPlural)),
    b(has(Lexicon.SecondPerson)),
    b(has(Lexicon.Opinion)),
    b(has(Lexicon.Courtesy)),
    b(has(Lexicon.Negation)),
    b(has(Lexicon.Economy)),
    b(has(Lexicon.LawOrVote)),
    b(text.includes("?")),
    b(text.includes("!")),
    b(QUOTE.test(text)),
    Math.min(1, Math.log1p(tokens) / Math.log(61)),
    b(tokens <= 4),
    b(tokens <= 8),
    b(tokens >= 25),
    words > 1 ? Math.min(1, (2 * capitalisedNonInitial) / (words - 1)) : 0,
    b(capitalisedNonInitial > 0),
    b(capitalisedRun),
    b(has(Lexicon.Attribution)),
    b(has(Lexicon.Modal)),
    b(has(Lexicon.Than)),
    b(has(Lexicon.SinceOrAgo)),
    b(has(Lexicon.HedgeOrOpinion)),
    b(has(Lexicon.Procedure)),
    b(hasNumber && has(Lexicon.Economy)),
    b(hasNumber && comparison),
    b(hasNumber && past),
    b(has(Lexicon.Future) && firstPerson),
  ];
  for (let i = 0; i < values.length; i++) out[offset + i] = values[i] ?? 0;
}
