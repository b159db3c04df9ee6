/** The suggestions that overlap none of the given spans, in order of start. O((n + m) log(n + m)). */
export function uncoveredSuggestions<T extends { start: number; end: number }>(
  suggestions: readonly T[],
  spans: readonly { start: number; end: number }[],
): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Taken in order of end, the spans starting before a suggestion ends only ever grow.
  const ordered = [...suggestions].sort((a, b) => a.end - b.end);
  const kept: T[] = [];
  let i = 0;
  // Furthest end of the spans starting before the current suggestion ends: a span overlaps exactly when it
  // starts before the suggestion ends and ends after it starts, so the furthest end decides.
  let reach = -Infinity;
  for (const suggestion of ordered) {
    while (i < sorted.length && sorted[i]!.start < suggestion.end) reach = Math.max(reach, sorted[i++]!.end);
    if (reach <= suggestion.start) kept.push(suggestion);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
