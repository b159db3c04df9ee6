"use client";

import { useTranslations } from "next-intl";
import { createContext, useEffect, useRef, useState } from "react";
import { useLiveChange } from "@/components/staff/liveChanges";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/domain/limits";
import type { PresenceDto } from "@/lib/services/live/presenceDto";
import { useAndList } from "./wordLists";

// Who else has this article open, and who is editing a claim's review (app/api/desk/presence): the workspace says it is
// here every PRESENCE_HEARTBEAT_MS, at once when the open claim or the editing changes or someone else's does (a
// live `presence` event), and says goodbye as the page goes (a beacon). Without JavaScript, nothing is shown.

const PRESENCE_URL = "/api/desk/presence";

/** Tells the workspace whether the viewer is editing the open claim's review (ReviewForm, on focus and blur). */
export const PresenceEditingContext = createContext<(editing: boolean) => void>(() => {});

/** Announces the viewer on `articleId` (on `claimId`, editing its review or not); returns who else is there. */
export function usePresence(articleId: string, claimId: string | null, editing: boolean): PresenceDto[] {
  const [others, setOthers] = useState<PresenceDto[]>([]);
  const heard = useLiveChange([`presence:${articleId}`]).seq;
  const current = useRef({ claimId, editing });
  useEffect(() => {
    current.current = { claimId, editing };
  }, [claimId, editing]);

  // Announce now (what changed) and then on every heartbeat.
  useEffect(() => {
    let stopped = false;
    const announce = () => {
      void fetch(PRESENCE_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articleId, ...current.current }) })
        .then((answer) => (answer.ok ? (answer.json() as Promise<{ others: PresenceDto[] }>) : null))
        .then((body) => {
          if (body && !stopped) setOthers(body.others);
        })
        .catch(() => {});
    };
    announce();
    const timer = setInterval(announce, PRESENCE_HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, claimId, editing, heard]);

  // Goodbye when the page goes (closed, reloaded, another page) or the workspace unmounts.
  useEffect(() => {
    const leave = () => navigator.sendBeacon?.(PRESENCE_URL, new Blob([JSON.stringify({ articleId, leaving: true })], { type: "application/json" }));
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [articleId]);

  return others;
}

/** "Also here: …", for the workspace's head. */
export function PresenceLine({ others }: { others: PresenceDto[] }) {
  const t = useTranslations("workspace.presence");
  const lists = useTranslations("workspace.lists");
  if (!others.length) return null;
  return (
    // Announced politely, but not a status: the workspace's one status region is the outcome of the viewer's own actions.
    <p className="text-sm text-stone-700" aria-live="polite">
      {t("alsoHere", { names: others.map((other) => other.name).join(lists("separator")) })}
    </p>
  );
}

/** "Rita is editing the review", for the open claim. */
export function EditingLine({ others, claimId }: { others: PresenceDto[]; claimId: string }) {
  const t = useTranslations("workspace.presence");
  const and = useAndList();
  const editing = others.filter((other) => other.claimId === claimId && other.editing);
  if (!editing.length) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1 text-sm text-amber-900" aria-live="polite">
      {t("editing", { count: editing.length, names: and(editing.map((other) => other.name)) })}
    </p>
  );
}
