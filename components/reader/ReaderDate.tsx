const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day as readers read it ("3 May 2023"), the same on the server and in every browser. */
export function ReaderDate({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <>{String(value)}</>;
  return <time dateTime={typeof value === "string" ? value : date.toISOString()}>{DAY.format(date)}</time>;
}
