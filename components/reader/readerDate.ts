/** A date as readers see it on public pages (the day, as the article page shows it). */
export function readerDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
