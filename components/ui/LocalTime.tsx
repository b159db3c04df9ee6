"use client";

import { useSyncExternalStore } from "react";

const LOCAL = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const UTC = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const noSubscription = () => () => {};

/**
 * A moment in the reader's own time zone. The server does not know that zone, so its render (and the hydration that
 * must match it) shows UTC and says so; the browser then shows local time.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  return (
    <time dateTime={iso} className={className}>
      {inBrowser ? LOCAL.format(date) : `${UTC.format(date)} UTC`}
    </time>
  );
}
