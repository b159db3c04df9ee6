"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import type { ClaimHistoryDto } from "@/lib/services/claims/claimHistoryDto";
import { historyWhat, historyWho } from "./claimHistoryWords";
import { MOMENT_IN_UTC } from "@/components/ui/dateFormats";
import type { WorkspaceActions } from "./workspaceActions";

/** The claim's timeline from the audit log, loaded when asked for. */
export function ClaimHistory({ claimId, version, load }: { claimId: string; version: number; load: WorkspaceActions["loadClaimHistory"] }) {
  const t = useTranslations("review.claimHistory");
  const shared = useTranslations("review.shared");
  const format = useFormatter();
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
        setError(t("loadFailed"));
      }
    });
  }, [claimId, version, load, t]);

  return (
    <div className="flex flex-col gap-2 text-sm">
      <div>
        <Button type="button" variant="secondary" aria-expanded={open} disabled={pending} aria-busy={pending} onClick={() => (open ? setHistory(null) : show())}>
          {pending && !open ? t("loading") : open ? t("hide") : t("show")}
        </Button>
      </div>
      {error ? <p role="alert" className="text-red-800">{error}</p> : null}
      {open && history ? (
        history.data.events.length ? (
          <ol aria-label={t("list", { number: history.data.number })} className="flex flex-col gap-2 border-s-2 border-stone-200 ps-3">
            {history.data.events.map((event, i) => (
              <li key={i}>
                <p>{t.rich("line", { who: historyWho(event, t), what: historyWhat(event, t, shared, format), name: strong })}</p>
                {event.detail ? <p className="whitespace-pre-line break-words text-stone-700">{shared("quoted", { text: event.detail })}</p> : null}
                <time dateTime={new Date(event.at).toISOString()} className="text-xs text-stone-600">
                  {format.dateTime(new Date(event.at), MOMENT_IN_UTC)}
                </time>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-stone-600">{t("nothing")}</p>
        )
      ) : null}
    </div>
  );
}

function strong(chunks: React.ReactNode) {
  return <strong>{chunks}</strong>;
}
