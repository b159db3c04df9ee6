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
