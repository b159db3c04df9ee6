import { commentPieces } from "./commentText";

/** A piece of a reviewer's explanation as readers see it: plain text or a bare web address made a link. */
export type ExplanationPiece = { kind: "text"; text: string } | { kind: "link"; url: string };

/**
 * An explanation's paragraphs (separated by blank lines), each a list of lines cut into text and links. Links are
 * found as in comments (bare http(s) addresses, sentence punctuation left out); anything else, "@name" included,
 * stays text exactly as written. The result is data: the page renders it as text nodes, never as HTML.
 */
export function explanationParagraphs(text: string): ExplanationPiece[][][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n").map(explanationPieces));
}

/** One line cut into text and links. */
export function explanationPieces(line: string): ExplanationPiece[] {
  const pieces: ExplanationPiece[] = [];
  const text = (value: string) => {
    const last = pieces.at(-1);
    if (last?.kind === "text") last.text += value;
    else if (value) pieces.push({ kind: "text", text: value });
  };
  // commentPieces lower-cases mentions; take each one's characters from the line as written instead.
  let at = 0;
  for (const piece of commentPieces(line)) {
    if (piece.kind === "link") {
      pieces.push({ kind: "link", url: piece.url });
      at += piece.url.length;
    } else {
      const length = piece.kind === "text" ? piece.text.length : piece.handle.length + 1;
      text(line.slice(at, at + length));
      at += length;
    }
  }
  return pieces;
}
