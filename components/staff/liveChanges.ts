"use client";

import { createContext, useCallback, useContext, useSyncExternalStore } from "react";

// What the page's live event stream (LiveUpdates.tsx) has heard of changes made by others, for the forms that must not
// overwrite them: a form whose server version moves while its user has typed something asks who changed it here.
// Keys: `claim:<id>`, and `page` for any change to the article the page shows.

export type LiveChange = { seq: number; actorName: string | null };

export class LiveChanges {
  private seq = 0;
  private readonly latest = new Map<string, LiveChange>();
  private readonly listeners = new Set<() => void>();
  /** How many times the viewer asked for the article again after a refused save ("Reload the article"). */
  acknowledged = 0;

  record(keys: string[], actorName: string | null): void {
    const change = { seq: ++this.seq, actorName };
    for (const key of keys) this.latest.set(key, change);
    this.listeners.forEach((listener) => listener());
  }

  /** The newest change among `keys`' (its seq; 0 for none): a number, so it is stable between renders. */
  newest(keys: readonly string[]): number {
    return Math.max(0, ...keys.map((key) => this.latest.get(key)?.seq ?? 0));
  }

  /** Who made change `seq` (one of `keys`'), if the stream said. */
  nameOf(keys: readonly string[], seq: number): string | null {
    for (const key of keys) {
      const change = this.latest.get(key);
      if (change?.seq === seq) return change.actorName;
    }
    return null;
  }

  /** The viewer has seen others' changes (reloaded after a refused save): forms may save over them now. */
  acknowledge(): void {
    this.acknowledged += 1;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const LiveChangesContext = createContext<LiveChanges | null>(null);

const NONE: readonly string[] = [];
const noSubscription = () => () => {};

/** How many times the viewer acknowledged others' changes (see LiveChanges.acknowledge). */
export function useAcknowledged(): number {
  const changes = useContext(LiveChangesContext);
  return useSyncExternalStore(changes?.subscribe ?? noSubscription, () => changes?.acknowledged ?? 0, () => 0);
}

/** The newest change by someone else to what `keys` name, and who made it (seq 0: none heard of, or no live stream). */
export function useLiveChange(keys: readonly string[] = NONE): { seq: number; name: (seq: number) => string | null } {
  const changes = useContext(LiveChangesContext);
  const joined = keys.join(" ");
  const seq = useSyncExternalStore(
    changes?.subscribe ?? noSubscription,
    () => changes?.newest(joined ? joined.split(" ") : NONE) ?? 0,
    () => 0,
  );
  const name = useCallback((of: number) => changes?.nameOf(joined ? joined.split(" ") : NONE, of) ?? null, [changes, joined]);
  return { seq, name };
}
