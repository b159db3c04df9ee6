import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { writtenDay } from "@/lib/domain/interfaceLocales";

function asDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** The page's way of writing a day (“3 May 2023”, “3 de mayo de 2023”), in UTC: the same on the server and in every browser. */
export function useReaderDay(): (value: Date | string) => string {
  const locale = useLocale();
  return (value) => {
    const date = asDate(value);
    return Number.isNaN(date.getTime()) ? String(value) : writtenDay(date, locale);
  };
}

/**
 * The values of a message that holds a day in a `<time>` element (“published <time>{date}</time>”): the day as
 * written, and the element, which gives machines the exact date.
 */
export function timeValues(value: Date | string, written: string) {
  const date = asDate(value);
  const dateTime = typeof value === "string" || Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
  return { date: written, time: (chunks: ReactNode) => <time dateTime={dateTime}>{chunks}</time> };
}

/** A day as readers of the page's language read it, in a `<time>` element. */
export function ReaderDate({ value }: { value: Date | string }) {
  const day = useReaderDay();
  const date = asDate(value);
  if (Number.isNaN(date.getTime())) return <>{String(value)}</>;
  return <time dateTime={typeof value === "string" ? value : date.toISOString()}>{day(value)}</time>;
}
