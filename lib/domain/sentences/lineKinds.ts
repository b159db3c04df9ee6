// Recognising lines (and stray sentences) of a pasted article that are not prose: links, promotions, credits,
// bylines, datelines, headings, separators and bullet items.
import { punctuatedEnds } from "./sentenceBoundaries";
import { ENGLISH_RULES, type SentenceRules } from "./sentenceRules";

/** What a single trimmed line of article text is. "prose" lines are split into sentences. */
export type LineKind =
  | "prose"
  | "bullet"
  | "url"
  | "promotion"
  | "credit"
  | "byline"
  | "dateline"
  | "note"
  | "heading"
  | "separator";

const URL_OR_EMAIL =
  /^<?(?:(?:(?:https?|ftp):\/\/|www\.)\S+|pic\.twitter\.com\/\S+|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?$/i;

const PROMOTIONS: readonly RegExp[] = [
  /^(?:click|tap)\s+(?:here|below|the link)\b/i,
  /^subscribe\b/i,
  /^sign\s*up\b/i,
  /^(?:download|get|install)\s+(?:the|our)\b.{0,60}\b(?:app|newsletter|podcast|extension)\b/i,
  /^(?:read|see|watch|listen|more)(?:\s+(?:more|also|next|now|live|here|on this|from \S+))?\s*(?:[:|>»]|$)/i,
  /^(?:advertisement|sponsored content|scroll to continue|our standards\s*:)/i,
  /^(?:related|recommended|trending|also read|read also|don['’]?t miss|advertisement|sponsored|continue reading|story continues(?: below)?|editor['’]s picks?)(?:\s+(?:stories|articles|coverage|content|links?|below))?\s*(?:[:|>»]|$)/i,
  /^follow\s+(?:us|@|\S+\s+on\s+(?:twitter|x|facebook|instagram|tiktok|threads|telegram))\b/i,
  /^(?:share this(?:\s+(?:article|story|post|page))?\s*(?:[:|>»]|$)|share on\b|like us on\b)/i,
  /^(?:support (?:our|independent) journalism|donate\b|become a (?:member|subscriber|patron))/i,
  /^(?:have|got) a (?:news )?tip\b/i,
  /^join (?:our|the) (?:newsletter|mailing list|community|channel)\b/i,
];
// A shouted call to action: an all-caps line naming the action or the product.
const SHOUTED_ACTION = /\b(?:CLICK|TAP|SUBSCRIBE|DOWNLOAD|APP|NEWSLETTER|SIGN UP|JOIN|WATCH|LISTEN|FREE|SHOP|BUY)\b/;

const CREDIT_LABEL =
  /^(?:(?:file|lead|top|main|header|featured|cover)\s+)?(?:photo|photos|photograph|photographs|image|images|picture|pictures|video|illustration|graphic|graphics|footage|credit|credits|source|sources|map)(?:\s+credits?)?\s*(?:by\b|:|\||\/)/i;
const CREDIT_AGENCY =
  /\b(?:Getty Images|Shutterstock|AP Photo|AP|AFP|Reuters|EPA|EPA-EFE|Pool|Sputnik|TASS|Anadolu|Bloomberg|Alamy|NurPhoto|Courtesy)\b/;
const CREDIT_STAFF = /^(?:(?:additional\s+)?reporting|writing|editing|compiled|contributed|produced|graphics|research)\s+by\b/i;
const TWEET_ATTRIBUTION = /^(?:—|–|--)\s*\S.{0,80}\(@\w+\)/;

const BYLINE = /^(?:[Bb]y|BY|(?:[Ww]ritten|[Ss]tory|[Ww]ords) by)\s+[\p{Lu}“"]/u;

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/i;
const TIME = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$/i;
const DATE_FILLER = new Set([
  "published", "updated", "posted", "modified", "last", "first", "at", "on", "ago", "hours", "hour", "minutes",
  "minute", "mins", "min", "days", "day", "seconds", "secs", "just", "now", "yesterday", "today", "am", "pm", "a.m.",
  "p.m.", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "cest", "msk",
  "eet", "eest", "ist", "aest", "jst", "of", "the",
]);

// "KYIV, Ukraine (AP) — ", "WASHINGTON — ", "NEW YORK (Reuters) - ": a dateline opening the first paragraph.
const DATELINE_PREFIX =
  /^[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+)*(?:,(?: [A-Z0-9][\w'’.-]*)+)?(?: ?\([A-Z][\w .&/-]{0,30}\))?\s*(?:—|–|--|-)\s+(?=["“‘]?[\p{Lu}\d])/u;

const BULLET = /^(?:[-*•·▪▫‣◦●○■□➢➤►▶✓✔–—]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[A-Z]\))\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const ENDS_WITH_TERMINAL = /[.!?…]["”’'»)\]]*$/;
const HAS_TERMINAL = /[.!?…]["”’'»)\]]*(?:\s|$)/;
const MAX_HEADING_WORDS = 20;

const NON_ASCII_SPACE = /\s/;
const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

/**
 * Number of whitespace-separated tokens in `text` that contain a letter or digit (single pass, no allocation), or
 * `limit` + 1 as soon as there are more than `limit`: callers only compare with a small bound, and a fresh process
 * runs this loop unoptimised over every line and sentence of a long article.
 */
export function countWords(text: string, limit = Infinity): number {
  let words = 0;
  let counted = false; // the current token already counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        if (++words > limit) return words;
        counted = true;
      }
    } else if (NON_ASCII_SPACE.test(text.charAt(i))) counted = false;
    else if (!counted && NON_ASCII_ALNUM.test(text.charAt(i))) {
      if (++words > limit) return words;
      counted = true;
    }
  }
  return words;
}

/** True if the trimmed `text` is a bare link or e-mail address. */
export function isUrlLine(text: string): boolean {
  return URL_OR_EMAIL.test(text);
}

/** True if the trimmed `text` is a call to action (subscribe, click here, related links, …). */
export function isPromotion(text: string): boolean {
  return PROMOTIONS.some((re) => re.test(text)) || isShoutedAction(text);
}

/** The promotions not recognised by their opening words: all-caps calls to action. */
function isShoutedAction(text: string): boolean {
  return SHOUTED_ACTION.test(text) && /\p{L}/u.test(text) && text === text.toUpperCase() && countWords(text, 1) >= 2;
}

/** True if the trimmed `text` credits a photo, video or the reporting staff rather than stating anything. */
export function isCredit(text: string): boolean {
  return CREDIT_LABEL.test(text) || CREDIT_STAFF.test(text) || isUnlabelledCredit(text);
}

/** The credits not recognised by a case-insensitive label at their start ("Photo:", "Reporting by"). */
function isUnlabelledCredit(text: string): boolean {
  if (TWEET_ATTRIBUTION.test(text)) return true;
  if (countWords(text, 12) > 12) return false;
  if (/^\(.*\)$/.test(text) && (CREDIT_AGENCY.test(text) || /\b(?:photo|image|credit|via|file)\b/i.test(text)))
    return true;
  if (/^courtesy\b/i.test(text) && !ENDS_WITH_TERMINAL.test(text)) return true;
  // "Mikhail Metzel/Sputnik/AFP via Getty Images", "Reuters/Evgenia Novozhenina"
  return !HAS_TERMINAL.test(text) && CREDIT_AGENCY.test(text) && /\/|\bvia\b|\|/.test(text);
}

/** True if the trimmed `text` names the author(s): "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
export function isByline(text: string): boolean {
  return BYLINE.test(text) && countWords(text, 15) <= 15 && !/[!?]["”’]?$|[a-z]{2}\.["”’]?$/.test(text);
}

/** True if the trimmed `text` is only a date and/or time ("Published May 3, 2023 10:12am EDT", "2 hours ago"). */
export function isDateline(text: string): boolean {
  if (text.length > 80) return false;
  let dated = false;
  for (const token of text.split(/[\s,|•·–—/()]+/)) {
    if (token === "" || token === "-" || token === ":") continue;
    const word = token.replace(/:$/, "");
    if (MONTHS.test(word) || WEEKDAYS.test(word) || TIME.test(word) || /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.test(word)) {
      dated = true;
    } else if (/^(?:ago|yesterday|today)$/i.test(word)) {
      dated = true;
    } else if (!/^\d{1,4}(?:st|nd|rd|th)?$/i.test(word) && !DATE_FILLER.has(word.toLowerCase())) {
      return false;
    }
  }
  return dated;
}

/** Length of a leading dateline such as "KYIV, Ukraine (AP) — " in `text`, or 0 if there is none. */
export function datelinePrefixLength(text: string): number {
  return DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
}

/** Length of a leading bullet or list marker ("- ", "• ", "1. ", "(a) ") in `text`, or 0 if there is none. */
export function bulletMarkerLength(text: string): number {
  return BULLET.exec(text)?.[0].length ?? 0;
}

/** Length of a leading Markdown heading marker ("## ") in `text`, or 0 if there is none. */
export function headingMarkerLength(text: string): number {
  return MARKDOWN_HEADING.exec(text)?.[0].length ?? 0;
}

/**
 * True if the trimmed `text` reads as a heading: Markdown "#", or one short phrase without closing punctuation (no
 * sentence end inside it under the language's `rules`: "В г. Тверь" is one phrase).
 */
export function isHeading(text: string, rules: SentenceRules = ENGLISH_RULES): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  return (
    !ENDS_WITH_TERMINAL.test(text) &&
    countWords(text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS &&
    // Ends without punctuation would make every heading that runs on into a sentence's first words read as prose.
    punctuatedEnds(text, 0, text.length, rules).length === 0
  );
}

const EDITORIAL_NOTE = /^(?:editor['’]s note|editors['’] note|note to readers|disclosure|disclaimer)\s*:/i;

/** True if the trimmed `text` is an editorial note about the article itself ("Editor's note: …"). */
export function isEditorialNote(text: string): boolean {
  return EDITORIAL_NOTE.test(text);
}

// The case-insensitive patterns nonClaimSentenceKind tries, joined into one regular expression that matches whenever
// any of them does: almost no line or sentence matches, so this is one search for each instead of fifteen. Joining
// keeps each pattern's meaning only while none has another flag.
const CASE_INSENSITIVE_NON_CLAIM = [URL_OR_EMAIL, EDITORIAL_NOTE, ...PROMOTIONS, CREDIT_LABEL, CREDIT_STAFF];
if (CASE_INSENSITIVE_NON_CLAIM.some((re) => re.flags !== "i")) throw new Error("lineKinds: only /i patterns can be joined");
const ANY_CASE_INSENSITIVE_NON_CLAIM = new RegExp(
  CASE_INSENSITIVE_NON_CLAIM.map((re) => `(?:${re.source})`).join("|"),
  "i",
);

/** Kind of a sentence found inside prose, when it is not a claim-bearing sentence (link, promotion, credit, note). */
export function nonClaimSentenceKind(text: string): "url" | "promotion" | "credit" | "note" | null {
  if (!ANY_CASE_INSENSITIVE_NON_CLAIM.test(text)) {
    if (isShoutedAction(text)) return "promotion";
    return isUnlabelledCredit(text) ? "credit" : null;
  }
  if (isUrlLine(text)) return "url";
  if (isEditorialNote(text)) return "note";
  if (isPromotion(text)) return "promotion";
  if (isCredit(text)) return "credit";
  return null;
}

/** Classifies one trimmed, non-empty line of article text (`rules`: the language's, for headings). */
export function classifyLine(text: string, rules: SentenceRules = ENGLISH_RULES): LineKind {
  if (!/[\p{L}\p{N}]/u.test(text)) return "separator";
  const inline = nonClaimSentenceKind(text);
  if (inline) return inline;
  if (isByline(text)) return "byline";
  if (isDateline(text)) return "dateline";
  if (bulletMarkerLength(text) > 0) return "bullet";
  if (isHeading(text, rules)) return "heading";
  return "prose";
}
