/** One value of an address's query parameter (the first, when it is given twice); undefined when absent. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The page number from `?page=n` for a list verb: absent means the first page; anything else the verb validates. */
export function pageParam(value: string | string[] | undefined): { page?: string } {
  const page = firstParam(value);
  return page === undefined ? {} : { page };
}
