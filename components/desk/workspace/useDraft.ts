import { useState } from "react";

/**
 * Form state that starts from the server's values and follows them when the server's version changes (after a
 * save, a merge, someone else's change), unless the editor has changed the form since: their typing is never lost.
 */
export function useDraft<T>(server: T, version: number, same: (a: T, b: T) => boolean = Object.is, start: T = server) {
  // `start`: what the form first holds when it is not the server's value (a draft brought back).
  const [draft, setDraft] = useState(start);
  const [base, setBase] = useState({ value: server, version });
  if (base.version !== version) {
    setBase({ value: server, version });
    if (same(draft, base.value)) setDraft(server);
  }
  return [draft, setDraft] as const;
}

export function sameFields<T extends Record<string, unknown>>(a: T, b: T): boolean {
  return Object.keys(a).every((k) => Object.is(a[k], b[k]));
}
