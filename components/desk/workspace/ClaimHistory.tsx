"use client";

import { useCallback, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import type { ClaimHistoryDto } from "@/lib/services/claims/claimHistoryDto";
import type { WorkspaceActions } from "./workspaceActions";

/** The claim's timeline from the audit log, loaded when asked for. */
export function ClaimHistory({ claimId, version, load }: { claimId: string; version: number; load: WorkspaceActions["loadClaimHistory"] }) {
  const [history, setHistory] = useState<{ version: number; data: ClaimHistoryDto } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // A saved change makes a shown history stale: it closes, and opening it again loads the new one.
  const open = history !== null && history.version === version;

  const show = useCallback(() => {
    setError(null);
    startTransition(async () => {
      try {
        const result = await load(claimId);
        if (result.ok) setHistory({ version, data: result.data });
        else setError(result.error);
      } catch {
        setError("The history could not be loaded. Check your connection and try again.");
      }
    });
  }, [claimId, version, load]);

  return (
    <div className="flex flex-col gap-2 text-sm">
      <div>
        <Button type="button" variant="secondary" aria-expanded={open} disabled={pending} aria-busy={pending} onClick={() => (open ? setHistory(null) : show())}>
          {pending && !open ? "Loading history…" : open ? "Hide history" : "Show history"}
        </Button>
      </div>
      {error ? <p role="alert" className="text-red-800">{error}</p> : null}
      {open && history ? (
        history.data.events.length ? (
          <ol aria-label={`History of claim ${history.data.number}`} className="flex flex-col gap-2 border-l-2 border-stone-200 pl-3">
            {history.data.events.map((event, i) => (
              <li key={i}>
                <p>
                  <strong>{event.who}</strong> {event.what}
                </p>
                {event.detail ? <p className="whitespace-pre-line break-words text-stone-700">“{event.detail}”</p> : null}
                <time dateTime={new Date(event.at).toISOString()} className="text-xs text-stone-600">
                  {new Date(event.at).toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-stone-600">Nothing recorded yet.</p>
        )
      ) : null}
    </div>
  );
}
