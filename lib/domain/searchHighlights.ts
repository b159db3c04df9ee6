// Search results name the words that matched with control characters no text shown on the desk contains: the
// database's ts_headline puts them around each match and between excerpts, and parseHeadline turns its output into
// runs of text, so the page renders matches as <mark> elements and never handles HTML.

/** Put by ts_headline before a matching word. */
export const MATCH_START = "\u0001";
/** Put by ts_headline after a matching word. */
export const MATCH_END = "\u0002";
/** Put by ts_headline between two excerpts of one text. */
export const EXCERPT_BREAK = "\u0003";

/** A run of text, and whether it is a word the search matched. */
export type TextRun = { text: string; match: boolean };
/** Excerpts of one text, each a list of runs; an empty list when nothing of the text is shown. */
export type Excerpts = TextRun[][];

// Every C0 control character and DEL: none belongs in a search, and three of them are our markers.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A query as typed, with control characters (our markers among them) made spaces and spacing made single. */
export function cleanSearchQuery(query: string): string {
  return query.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim();
}

/** The runs of one excerpt of ts_headline output; adjacent runs of the same kind are merged, empty ones dropped. */
export function parseRuns(headline: string): TextRun[] {
  const runs: TextRun[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.match === match) last.text += text;
    else runs.push({ text, match });
    text = "";
  };
  for (const character of headline) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else if (character !== EXCERPT_BREAK) {
      text += character;
    }
  }
  flush();
  return runs;
}

/** ts_headline output split into excerpts of runs (blank excerpts dropped). */
export function parseHeadline(headline: string): Excerpts {
  return headline
    .split(EXCERPT_BREAK)
    .map(parseRuns)
    .filter((runs) => runs.some((run) => run.text.trim() !== ""));
}

/** Whether any run of these excerpts is a match. */
export function hasMatch(excerpts: Excerpts | TextRun[]): boolean {
  return excerpts.flat().some((run) => run.match);
}

