"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import type { DraftDto, DraftForm } from "@/lib/services/drafts/draftDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { MOMENT_IN_UTC } from "@/components/ui/dateFormats";

// The workspace's forms keep what their user types as a draft on the server, a moment after they stop typing, so it
// comes back after switching claims, a reload, a crash or on another device. A form's save drops its draft on the
// server (in the same transaction); here it is forgotten too, and a draft save still on its way is undone.

type DraftTarget = { form: DraftForm; claimId?: string };
type SaveInput = DraftTarget & { articleId: string; baseVersion: number; value: Record<string, unknown> };

/** The server actions drafts need, handed down from the page. */
export type DraftActions = {
  saveDraft: (input: SaveInput) => Promise<ActionResult<DraftDto>>;
  discardDraft: (input: DraftTarget & { articleId: string }) => Promise<ActionResult<unknown>>;
};

export type DraftStatus = "saving" | "saved" | "failed" | "discarding" | "discarded" | "discard-failed" | null;

/** How long after the last keystroke a draft is saved. */
const SAVE_AFTER_MS = 800;

type Pending = { timer?: ReturnType<typeof setTimeout>; inFlight?: Promise<unknown>; forgotten?: boolean };

type Store = {
  restored: (target: DraftTarget) => DraftDto | undefined;
  keep: (target: DraftTarget, baseVersion: number, value: Record<string, unknown>, status: (s: DraftStatus) => void) => void;
  forget: (target: DraftTarget) => void;
  /** Drops the draft here and on the server; resolves whether the server dropped it. */
  discard: (target: DraftTarget) => Promise<boolean>;
};

const DraftsContext = createContext<Store | null>(null);
const keyOf = ({ form, claimId }: DraftTarget) => (form === "text" ? "text" : `${form}:${claimId}`);

export function DraftsProvider({ articleId, initial, actions, children }: { articleId: string; initial: DraftDto[]; actions: DraftActions; children: React.ReactNode }) {
  // The drafts as last kept, by form: what a form starts from when it is shown again (another claim, and back).
  const kept = useRef(new Map(initial.map((draft) => [keyOf({ form: draft.form, claimId: draft.claimId ?? undefined }), draft])));
  const pending = useRef(new Map<string, Pending>());

  // Leaving while a draft is not yet on the server asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if ([...pending.current.values()].some((p) => p.timer || p.inFlight)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const discardOnServer = useCallback((target: DraftTarget) => actions.discardDraft({ articleId, ...target }).catch(() => null), [actions, articleId]);

  const store: Store = {
    restored: (target) => kept.current.get(keyOf(target)),
    keep: (target, baseVersion, value, status) => {
      const key = keyOf(target);
      const entry: Pending = pending.current.get(key) ?? {};
      entry.forgotten = false;
      clearTimeout(entry.timer);
      kept.current.set(key, { form: target.form, claimId: target.claimId ?? null, value, baseVersion, savedAt: new Date().toISOString() });
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        status("saving");
        const saving = actions.saveDraft({ articleId, ...target, baseVersion, value }).then(
          (result) => status(result.ok ? "saved" : "failed"),
          () => status("failed"),
        );
        entry.inFlight = saving.finally(() => {
          if (entry.inFlight === saving) entry.inFlight = undefined;
          // The form was saved (or discarded) while this draft was on its way: it must not outlive the save.
          if (entry.forgotten) return discardOnServer(target);
        });
      }, SAVE_AFTER_MS);
      pending.current.set(key, entry);
    },
    forget: (target) => {
      const key = keyOf(target);
      kept.current.delete(key);
      const entry = pending.current.get(key);
      if (!entry) return;
      clearTimeout(entry.timer);
      entry.timer = undefined;
      entry.forgotten = true;
    },
    discard: (target) => {
      store.forget(target);
      // On its way, it counts as unsaved: leaving now would bring the draft back on the next visit, so it asks first.
      const entry = pending.current.get(keyOf(target)) ?? {};
      const discarding = discardOnServer(target).then((result) => result?.ok === true);
      entry.inFlight = discarding.finally(() => {
        if (entry.inFlight === discarding) entry.inFlight = undefined;
      });
      pending.current.set(keyOf(target), entry);
      return discarding;
    },
  };

  return <DraftsContext.Provider value={store}>{children}</DraftsContext.Provider>;
}

/** The draft a form should start from, if one was kept: read once, when the form is first shown. */
export function useRestoredDraft(target: DraftTarget): DraftDto | undefined {
  const store = useContext(DraftsContext);
  const [restored] = useState(() => store?.restored(target));
  return restored;
}

/**
 * Keeps a form's value as a draft while it differs from what is saved. `restored` is the draft the form should
 * start from (read once, when the form is first shown); `forget` after the form was saved; `discard` to start again.
 */
export function useFormDraft(target: DraftTarget, baseVersion: number, value: Record<string, unknown>, differsFromSaved: boolean) {
  const store = useContext(DraftsContext);
  const restored = useRestoredDraft(target);
  const [status, setStatus] = useState<DraftStatus>(null);
  const serialized = JSON.stringify(value);
  const { form, claimId } = target;
  const wasDifferent = useRef(false);

  useEffect(() => {
    if (!store) return;
    if (differsFromSaved) {
      wasDifferent.current = true;
      store.keep({ form, claimId }, baseVersion, JSON.parse(serialized) as Record<string, unknown>, setStatus);
    } else if (wasDifferent.current) {
      // Typed back to what is saved: nothing left to keep.
      wasDifferent.current = false;
      void store.discard({ form, claimId });
      setStatus(null);
    }
    // `store` is remade on every render of the provider; what it holds is in refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialized, differsFromSaved, baseVersion, form, claimId]);

  return {
    restored,
    status,
    forget: () => {
      wasDifferent.current = false;
      store?.forget({ form, claimId });
      setStatus(null);
    },
    discard: () => {
      wasDifferent.current = false;
      if (!store) return;
      setStatus("discarding");
      void store.discard({ form, claimId }).then((dropped) => setStatus(dropped ? "discarded" : "discard-failed"));
    },
  };
}

/** Says that the form holds a draft brought back, and whether it was started on an older version; offers to drop it. */
export function RestoredDraftNotice({ draft, currentVersion, onDiscard }: { draft: DraftDto; currentVersion: number; onDiscard: () => void }) {
  const t = useTranslations("review.drafts");
  const format = useFormatter();
  const when = format.dateTime(new Date(draft.savedAt), MOMENT_IN_UTC);
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>
        {t("restored", { when })}
        {draft.baseVersion < currentVersion ? ` ${t("changedSince")}` : ""}
      </p>
      <Button type="button" variant="secondary" className="text-xs" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}

/** A quiet line saying where the typed text is kept. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const t = useTranslations("review.drafts");
  if (!status) return null;
  const text = {
    saving: t("saving"),
    saved: t("saved"),
    failed: t("failed"),
    discarding: t("discarding"),
    discarded: t("discarded"),
    "discard-failed": t("discardFailed"),
  }[status];
  return <p className={`text-xs ${status.endsWith("failed") ? "text-red-700" : "text-stone-600"}`}>{text}</p>;
}
