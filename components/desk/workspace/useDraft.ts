import { useState } from "react";
import { useAcknowledged, useLiveChange } from "@/components/staff/liveChanges";

/** What a form needs to know of others' changes under what its user is typing (see useDraft). */
export type ChangedUnder = {
  /** The version to send with a save: the one the typed text was written against, so a save over another's change is refused (and says what they saved). */
  version: number;
  /** Who changed it while the user was typing (null: the stream did not say who); undefined when nobody did. */
  changedBy: string | null | undefined;
  /** Whether the form shows the new version (the user's text kept aside). */
  showingNew: boolean;
  /** Shows the new version in the form, keeping the user's text aside. */
  showNew: () => void;
  /** Puts the user's text back (in place of the new version). */
  backToMine: () => void;
};

/**
 * Form state that starts from the server's values and follows them when the server's version changes (after a
 * save, a merge, someone else's change), unless the editor has changed the form since: their typing is never lost.
 * When the page's live stream says someone else changed it (`liveKeys`, components/staff/liveChanges.ts) while the
 * user was typing, the form says so (ChangedUnder) and keeps sending the version the text was written against.
 */
export function useDraft<T>(server: T, version: number, same: (a: T, b: T) => boolean = Object.is, start: T = server, liveKeys?: readonly string[]) {
  // `start`: what the form first holds when it is not the server's value (a draft brought back).
  const [draft, setDraft] = useState(start);
  const live = useLiveChange(liveKeys);
  const [base, setBase] = useState({ value: server, version, seen: live.seq });
  // Someone else's change under the user's text: the version the text was written against, and who changed it.
  const [under, setUnder] = useState<{ version: number; by: string | null; mine: T | null } | null>(null);
  // "Reload the article" after a refused save: the user has seen what the other saved, and saves over it knowingly.
  const acknowledged = useAcknowledged();
  const [seenAcknowledged, setSeenAcknowledged] = useState(acknowledged);
  if (seenAcknowledged !== acknowledged) {
    setSeenAcknowledged(acknowledged);
    setUnder(null);
  }
  if (base.version !== version) {
    setBase({ value: server, version, seen: live.seq });
    if (under && same(draft, server)) setUnder(null);
    if (same(draft, base.value)) setDraft(server);
    else if (live.seq > base.seen && !same(draft, server) && !under) setUnder({ version: base.version, by: live.name(live.seq), mine: null });
  }
  const changedUnder: ChangedUnder = {
    version: under && !under.mine ? under.version : version,
    changedBy: under ? under.by : undefined,
    showingNew: Boolean(under?.mine),
    showNew: () => {
      if (!under || under.mine) return;
      setUnder({ ...under, mine: draft });
      setDraft(server);
    },
    backToMine: () => {
      if (!under?.mine) return;
      setDraft(under.mine);
      setUnder({ ...under, mine: null });
    },
  };
  return [draft, setDraft, changedUnder] as const;
}

export function sameFields<T extends Record<string, unknown>>(a: T, b: T): boolean {
  return Object.keys(a).every((k) => Object.is(a[k], b[k]));
}
