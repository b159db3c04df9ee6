"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { PublicationPreviewDto } from "@/lib/services/publishing/publicationPreviewDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { articleChangeSentences, claimChangeSentence, warningSentence } from "./publicationWording";
import type { PublishSummary, WorkspaceActions } from "./workspaceActions";

/** The action's result, or `unreachable` as its error when the request failed. */
async function call<T>(work: () => Promise<ActionResult<T>>, unreachable: string): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch {
    return { ok: false, error: unreachable };
  }
}

/**
 * Publishing, after a preview: what changes for readers, which public claims would disappear, the note readers see
 * and whether it is a correction. It publishes exactly what it showed (the preview's version, text revision and
 * claim fingerprint), so a change made meanwhile is refused and the editor checks again, keeping what they typed.
 */
export function PublishPanel({
  articleId,
  retracted,
  preview: loadPreview,
  publish,
}: {
  articleId: string;
  /** Retracted since the last publication here: "Version N is public" no longer holds. */
  retracted: boolean;
  preview: WorkspaceActions["previewPublication"];
  publish: WorkspaceActions["publishArticle"];
}) {
  const t = useTranslations("review.publishPanel");
  const words = useTranslations("review.publicationWording");
  const shared = useTranslations("review.shared");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<PublicationPreviewDto | null>(null);
  const [note, setNote] = useState("");
  const [kind, setKind] = useState<"update" | "correction">("update");
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [published, setPublished] = useState<PublishSummary | null>(null);
  const [loading, startLoading] = useTransition();
  const [publishing, startPublishing] = useTransition();
  const ids = { heading: useId(), opener: useId(), done: useId() };
  const focusNext = useRef<"heading" | "opener" | "done" | null>(null);

  // Focus moves to the panel's heading when it opens, back to "Publish…" when it closes, to the outcome on success.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(ids[target])?.focus();
  });

  function check() {
    setError(null);
    startLoading(async () => {
      const result = await call(() => loadPreview({ articleId }), shared("notReached"));
      if (result.ok) {
        setPreview(result.data);
        setOpen(true);
        focusNext.current = "heading";
      } else {
        setError(result.error);
      }
    });
  }

  function close() {
    setOpen(false);
    setError(null);
    focusNext.current = "opener";
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    setError(null);
    setNoteError(undefined);
    startPublishing(async () => {
      const result = await call(
        () => publish({ ...preview.shown, changeNote: note, isCorrection: preview.correctionPossible && kind === "correction" }),
        shared("notReached"),
      );
      if (result.ok) {
        setPublished(result.data);
        setOpen(false);
        setPreview(null);
        setNote("");
        setKind("update");
        focusNext.current = "done";
      } else {
        setError(result.error);
        setNoteError(result.fieldErrors?.changeNote);
      }
    });
  }

  return (
    <div className="flex w-full flex-col items-start gap-2">
      {/* Mounted with its message (focus moves to it, so it is read out): the workspace has one live region already. */}
      {published && !retracted ? (
        <p role="status" id={ids.done} tabIndex={-1} className="w-full rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("published", { number: published.number })}{" "}
          <Link prefetch={false} href={`/articles/${published.slug}`} className="text-blue-800 underline">
            {t("readAsReaders")}
          </Link>
        </p>
      ) : null}
      {!open ? (
        <>
          <Button id={ids.opener} type="button" disabled={loading} aria-busy={loading} onClick={check}>
            {loading ? t("checking") : t("open")}
          </Button>
          {error ? <ErrorBox text={error} /> : null}
        </>
      ) : null}
      {open && preview ? (
        <section
          aria-labelledby={ids.heading}
          onKeyDown={(event) => {
            if (event.key === "Escape" && !publishing) close();
          }}
          className="flex w-full max-w-2xl flex-col gap-3 rounded-md border border-stone-300 bg-stone-50 p-3 sm:p-4">
          <h2 id={ids.heading} tabIndex={-1} className="text-lg font-semibold">
            {t("publishVersion", { version: preview.nextVersion })}
          </h2>
          {preview.retracted ? (
            <p className="text-sm">{t("retracted", { reason: preview.retracted.reason, version: preview.nextVersion })}</p>
          ) : null}
          {preview.warnings.length ? (
            <div className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
              <h3 className="font-semibold">{t("warning", { count: preview.warnings.length })}</h3>
              <ul aria-label={t("disappearing")} className="mt-1 list-disc ps-5">
                {preview.warnings.map((w) => (
                  <li key={w.claim.id} className="break-words">
                    {warningSentence(w, words)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.identical ? (
            <p className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">{t("identical", { version: preview.publicVersion ?? 0 })}</p>
          ) : (
            <div className="text-sm">
              <h3 className="font-semibold">{t("changes")}</h3>
              <ul aria-label={t("changes")} className="mt-1 list-disc ps-5">
                {articleChangeSentences(preview, words, locale).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {preview.claims.map((change) => (
                  <li key={`${change.kind}-${change.claim.id}`} className="break-words">
                    {claimChangeSentence(change, words, shared)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.unapprovedCount ? (
            <p className="text-sm text-stone-700">{t("unapproved", { count: preview.unapprovedCount })}</p>
          ) : null}
          <form onSubmit={submit} noValidate aria-label={t("form")} className="flex flex-col gap-3">
            {preview.changeNoteRequired ? (
              <TextAreaField
                label={t("note")}
                hint={t("noteHint")}
                rows={3}
                required
                value={note}
                error={noteError}
                onChange={(e) => setNote(e.target.value)}
              />
            ) : null}
            {preview.correctionPossible ? (
              <fieldset className="flex min-w-0 flex-col gap-1 text-sm">
                <legend className="font-medium">{t("kind")}</legend>
                <label className="flex items-start gap-2">
                  <input type="radio" name="kind" value="update" className="mt-1" checked={kind === "update"} onChange={() => setKind("update")} />
                  <span>{t("update")}</span>
                </label>
                <label className="flex items-start gap-2">
                  <input type="radio" name="kind" value="correction" className="mt-1" checked={kind === "correction"} onChange={() => setKind("correction")} />
                  <span>{t("correction")}</span>
                </label>
              </fieldset>
            ) : null}
            {error ? <ErrorBox text={error} onRetry={check} retrying={loading} /> : null}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={publishing || preview.identical} aria-busy={publishing}>
                {publishing ? t("publishing") : t("publishVersion", { version: preview.nextVersion })}
              </Button>
              <Button type="button" variant="secondary" disabled={publishing} onClick={close}>
                {shared("cancel")}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}

function ErrorBox({ text, onRetry, retrying }: { text: string; onRetry?: () => void; retrying?: boolean }) {
  const t = useTranslations("review.publishPanel");
  return (
    <div role="alert" className="flex w-full flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="flex-1">{text}</p>
      {onRetry ? (
        <Button type="button" variant="secondary" disabled={retrying} onClick={onRetry}>
          {retrying ? t("checkingAgain") : t("checkAgain")}
        </Button>
      ) : null}
    </div>
  );
}
