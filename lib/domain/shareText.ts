// Short texts about a published fact-check for places with little room: share images, feeds, embeds.

/** "2 False, 1 Misleading": how many claims got each verdict, most frequent first (ties keep first-seen order). */
export function verdictSummary(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${n} ${label}`)
    .join(", ");
}

/** The text on one line, cut at a word near `max` characters with an ellipsis when longer. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** The first sentence of a text (a full stop, ! or ? before a space and a capital or the end), shortened to `max`. */
export function firstSentence(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(flat)?.[0] ?? flat;
  return shorten(sentence, max);
}
