// A version's change note is the editor's words, in the article's newsroom language. A first version published
// without one is stored with this English note, which pages, the feed and e-mails say in their reader's words instead.

export const FIRST_PUBLISHED_NOTE = "First published.";

/** True if `note` is the one a first version gets when the editor writes none. */
export function isDefaultFirstNote(number: number, note: string): boolean {
  return number === 1 && (note === FIRST_PUBLISHED_NOTE || note.trim() === "");
}
