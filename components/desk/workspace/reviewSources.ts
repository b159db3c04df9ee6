/** Reads the sources box: one source a line, either a bare web address or "title | web address". */
export function parseSources(text: string): { url: string; title: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf("|");
      if (bar === -1) return { url: line, title: "" };
      return { url: line.slice(bar + 1).trim(), title: line.slice(0, bar).trim() };
    });
}

/** Writes sources back into the box's format, so a saved list can be edited and saved again unchanged. */
export function formatSources(sources: readonly { url: string; title: string }[]): string {
  return sources.map((s) => (s.title ? `${s.title} | ${s.url}` : s.url)).join("\n");
}
