/** A one-line excerpt of a quote or statement for labels and notices, cut with an ellipsis. */
export function shorten(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
