// A version's change note is the editor's words. A first version published without one is stored with this English
// note, which the version history and compare pages (ChangeNote) and the feed say in their reader's words instead; the
// API gives it as stored.

export const FIRST_PUBLISHED_NOTE = "First published.";

/** True if `note` is the one a first version gets when the editor writes none. */
export function isDefaultFirstNote(number: number, note: string): boolean {
  return number === 1 && (note === FIRST_PUBLISHED_NOTE || note.trim() === "");
}
