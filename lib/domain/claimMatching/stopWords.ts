// Stop words outside English: Snowball's list where Postgres ships one (stopWords.json, BSD licence: the search
// drops the same words), else npm `stopword`'s (MIT; its Arabic, Ukrainian, Bulgarian… lists). Without them,
// "في", "على" or "що", "але" are rare words of a mostly English archive, and two unrelated claims sharing them
// look alike: a strong match on "in", "this" and "on".
import * as stopword from "stopword";
import snowball from "./stopWords.json";

const SNOWBALL = snowball as Readonly<Record<string, string>>;

/** ISO 639-1 → the ISO 639-3 key of `stopword`'s list, for languages Snowball has no list for. */
const STOPWORD_KEYS: Readonly<Record<string, string>> = {
  af: "afr", ar: "ara", bg: "bul", bn: "ben", br: "bre", ca: "cat", cs: "ces", el: "ell", eo: "epo", et: "est",
  eu: "eus", fa: "fas", ga: "gle", gl: "glg", gu: "guj", ha: "hau", he: "heb", hi: "hin", hr: "hrv", hy: "hye",
  id: "ind", ja: "jpn", ko: "kor", ku: "kur", la: "lat", lt: "lit", lv: "lav", mr: "mar", ms: "msa", my: "mya",
  pa: "panGu", pl: "pol", ro: "ron", sk: "slk", sl: "slv", so: "som", st: "sot", sw: "swa", th: "tha", tl: "tgl",
  uk: "ukr", ur: "urd", vi: "vie", yo: "yor", zh: "zho", zu: "zul",
};

/** Greek's list (npm stopword's) is written without accents and with σ for ς: words are compared so. */
const FOLDED = new Set(["el"]);
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/ς/g, "σ");

/** Whether a lower-cased word is a stop word of a language other than English (a primary subtag); none without a list. */
export function stopWordTest(code: string, lowerCase: (word: string) => string): (word: string) => boolean {
  const snowballCode = code === "nb" || code === "nn" ? "no" : code;
  const key = Object.hasOwn(STOPWORD_KEYS, code) ? STOPWORD_KEYS[code] : undefined;
  const list = Object.hasOwn(SNOWBALL, snowballCode) ? SNOWBALL[snowballCode]!.split(" ") : ((key ? stopword[key] : undefined) ?? []);
  const form = FOLDED.has(code) ? fold : (word: string) => word;
  const words = new Set(list.map((word) => form(lowerCase(word))));
  return (word) => words.has(form(word));
}
