"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const STYLE = { dateStyle: "medium", timeStyle: "short" } as const;
const noSubscription = () => () => {};

/**
 * A moment in the reader's own time zone, in the page's language. The server does not know that zone, so its render
 * (and the hydration that must match it) shows UTC and says so; the browser then shows local time.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  return (
    <time dateTime={iso} className={className}>
      {inBrowser ? new Intl.DateTimeFormat(locale, STYLE).format(date) : `${new Intl.DateTimeFormat(locale, { ...STYLE, timeZone: "UTC" }).format(date)} UTC`}
    </time>
  );
}
