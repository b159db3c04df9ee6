/** The longest comment, in characters. */
export const MAX_COMMENT_CHARACTERS = 5_000;

/** How long after posting its author may still edit or delete a comment. */
export const COMMENT_EDIT_MINUTES = 15;

/** A piece of a comment as it is shown: plain text, a web link, or a mention of a colleague by handle. */
export type CommentPiece = { kind: "text"; text: string } | { kind: "link"; url: string } | { kind: "mention"; handle: string };

// A link is a bare http(s) address; a mention is "@" and a handle (an e-mail's local part, or a whole e-mail
// address when two colleagues share a local part), not preceded by a letter, so "bob@example.org" is no mention.
// The link comes first in the alternation, so an "@" inside an address stays part of the link.
const TOKEN = /(https?:\/\/[^\s<>"]+)|(?<![\w.+-])@([a-z0-9_%+-](?:[a-z0-9._%+-]*[a-z0-9_%+-])?(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)/gi;

const HAS_HOST = /^https?:\/\/[^/?#.]/i;

// Punctuation that ends a sentence after a link rather than belonging to it.
const TRAILING = /[.,;:!?'"”’»]$/;

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
  for (const match of line.matchAll(TOKEN)) {
    text(line.slice(at, match.index));
    if (match[1]) {
      const url = trimLink(match[1]);
      if (HAS_HOST.test(url)) {
        pieces.push({ kind: "link", url });
        text(match[1].slice(url.length));
      } else {
        text(match[1]);
      }
    } else {
      pieces.push({ kind: "mention", handle: match[2]!.toLowerCase() });
    }
    at = match.index + match[0].length;
  }
  text(line.slice(at));
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

/** Drops punctuation that ends the sentence, keeping a closing bracket that the address itself opened. */
function trimLink(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1]!;
    const candidate = url.slice(0, end);
    if (TRAILING.test(last)) end -= 1;
    else if (last === ")" && count(candidate, "(") < count(candidate, ")")) end -= 1;
    else if (last === "]" && count(candidate, "[") < count(candidate, "]")) end -= 1;
    else break;
  }
  return url.slice(0, end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
