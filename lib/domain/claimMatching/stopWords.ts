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

/** The stop words of a language other than English (a primary subtag), lower-cased; empty when there is no list. */
export function stopWordsOf(code: string, lowerCase: (word: string) => string): ReadonlySet<string> {
  const snowballCode = code === "nb" || code === "nn" ? "no" : code;
  if (Object.hasOwn(SNOWBALL, snowballCode)) return new Set(SNOWBALL[snowballCode]!.split(" "));
  const key = Object.hasOwn(STOPWORD_KEYS, code) ? STOPWORD_KEYS[code]! : undefined;
  const list = key ? stopword[key] : undefined;
  return new Set((list ?? []).map(lowerCase));
}
