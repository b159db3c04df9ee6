/**
 * One value of an address's query parameter, as pages read it: the first when it is given twice, trimmed, and ""
 * when absent, so a page never passes `undefined` on (or shows it) and " x" means what "x" means.
 */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** The page number from `?page=n` for a list verb: absent means the first page; anything else the verb validates. */
export function pageParam(value: string | string[] | undefined): { page?: string } {
  return value === undefined ? {} : { page: firstParam(value) };
}

/**
 * The one spelling of a comparison's address (`?from=1&to=3`: whole numbers in digits, the older version first), or
 * null when `from` and `to` are already so written, or are not version numbers at all (the page then finds nothing).
 * `?from=3&to=01` compares what `?from=1&to=3` does: caches key the address, so each spelling would otherwise be a
 * comparison worked out afresh, seconds of a worker thread for a long text.
 */
export function canonicalComparison(from: string | string[] | undefined, to: string | string[] | undefined): string | null {
  const [older, newer] = [firstParam(from), firstParam(to)].map(Number).sort((a, b) => a - b) as [number, number];
  if (!Number.isSafeInteger(older) || !Number.isSafeInteger(newer) || older < 1) return null;
  if (from === String(older) && to === String(newer)) return null;
  return `?from=${older}&to=${newer}`;
}
