/** A colleague who can be mentioned: the name people know them by and the handle that mentions them. */
export type Mentionable = { displayName: string; handle: string };

/** The "@…" being typed at the caret: where it starts (the "@") and what follows it so far. */
export type MentionQuery = { start: number; query: string };

/** The most suggestions shown at once. */
export const MAX_MENTION_SUGGESTIONS = 6;

// What a handle may hold while it is being typed (see MENTION in commentText.ts): letters, digits and . _ % + - @.
const TYPED_HANDLE = /^[a-z0-9._%+@-]*$/i;

/**
 * The mention being typed just before the caret, or null: an "@" at the start or after a space or an opening
 * bracket (so "bob@example.org" is no mention), followed by what a handle may hold.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("@", caret - 1);
  if (start < 0) return null;
  // "@bob@exam" is one handle being typed (a whole address): go back to the first "@" of the word.
  const word = before.slice(0, start).match(/[^\s([{"']*$/)![0];
  const first = word.includes("@") ? start - word.length + word.indexOf("@") : start;
  const precededBy = text[first - 1];
  if (precededBy !== undefined && !/[\s([{"']/.test(precededBy)) return null;
  const query = before.slice(first + 1);
  return TYPED_HANDLE.test(query) ? { start: first, query } : null;
}

/**
 * The colleagues a typed query could mean, best first: a handle starting with it, then a name with a word starting
 * with it. An empty query lists everyone (up to the limit), by name.
 */
export function mentionSuggestions(people: readonly Mentionable[], query: string): Mentionable[] {
  const q = query.toLowerCase();
  const rank = (person: Mentionable): number => {
    const handle = person.handle.toLowerCase();
    const words = person.displayName.toLowerCase().split(/\s+/);
    if (handle.startsWith(q)) return 0;
    return words.some((word) => word.startsWith(q)) ? 1 : -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.displayName.localeCompare(b.person.displayName))
    .slice(0, MAX_MENTION_SUGGESTIONS)
    .map(({ person }) => person);
}

/** The text with the mention being typed replaced by the chosen handle and a space, and where the caret goes. */
export function completeMention(text: string, at: MentionQuery, handle: string, caret: number): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^[a-z0-9._%+@-]*/i, "");
  const mention = `@${handle}${after.startsWith(" ") ? "" : " "}`;
  const next = text.slice(0, at.start) + mention + after;
  return { text: next, caret: at.start + mention.length + (after.startsWith(" ") ? 1 : 0) };
}
