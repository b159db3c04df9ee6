/** A date as readers see it in lists on public pages: the day, written the same way in every language (2023-05-03). */
export function readerDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
