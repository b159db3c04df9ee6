import { LinkifyIt } from "linkify-it";

/** A piece of a comment as it is shown: plain text, a web link, or a mention of a colleague by handle. */
export type CommentPiece = { kind: "text"; text: string } | { kind: "link"; url: string } | { kind: "mention"; handle: string };

// A link is a bare http(s) address, found by linkify-it: no other scheme, and no "www.example.org" or e-mail address
// without one. It leaves the sentence's closing punctuation out and keeps a bracket the address itself opened.
const LINKS = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false, urlAuth: true }).add("ftp:", null).add("mailto:", null).add("//", null);

// A mention is "@" and a handle (an e-mail's local part, or a whole e-mail address when two colleagues share a local
// part), not preceded by a letter, so "bob@example.org" is no mention. An "@" inside a link stays part of the link.
const MENTION = /(?<![\w.+-])@([a-z0-9_%+-](?:[a-z0-9._%+-]*[a-z0-9_%+-])?(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)/gi;

/** The lines of a comment's paragraphs (paragraphs are separated by blank lines), each line cut into pieces. */
export function commentParagraphs(body: string): CommentPiece[][][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n").map(commentPieces));
}

/** One line of a comment cut into text, links and mentions. */
export function commentPieces(line: string): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  const text = (value: string) => {
    if (!value) return;
    const last = pieces.at(-1);
    if (last?.kind === "text") last.text += value;
    else pieces.push({ kind: "text", text: value });
  };
  let at = 0;
  const mentionsUpTo = (end: number) => {
    const mention = new RegExp(MENTION);
    mention.lastIndex = at;
    for (let match = mention.exec(line); match && match.index + match[0].length <= end; match = mention.exec(line)) {
      text(line.slice(at, match.index));
      pieces.push({ kind: "mention", handle: match[1]!.toLowerCase() });
      at = match.index + match[0].length;
    }
    text(line.slice(at, end));
    at = end;
  };
  for (const link of LINKS.match(line) ?? []) {
    mentionsUpTo(link.index);
    // linkify-it keeps a closing colon ("see https://example.org/report: it says"); it ends the sentence here.
    const url = link.raw.endsWith(":") ? link.raw.slice(0, -1) : link.raw;
    pieces.push({ kind: "link", url });
    at = link.index + url.length;
  }
  mentionsUpTo(line.length);
  return pieces;
}

/** The handles a comment mentions, lower-cased, each once, in order of first mention. */
export function mentionedHandles(body: string): string[] {
  const handles = commentParagraphs(body).flatMap((lines) => lines.flatMap((pieces) => pieces.flatMap((p) => (p.kind === "mention" ? [p.handle] : []))));
  return [...new Set(handles)];
}

/** The handle colleagues mention someone by: the local part of their e-mail address, lower-cased. */
export function handleOf(email: string): string {
  return email.slice(0, email.lastIndexOf("@")).toLowerCase();
}
