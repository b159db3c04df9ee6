"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { plural } from "./claimListOrder";
import { useWorkspaceAction } from "./outcome";
import type { PublishSummary, WorkspaceActions } from "./workspaceActions";

/** Publishes the current text with its signed-off claims as the next numbered version. */
/** The article as the editor sees it now: publishing is refused if it changed before they press Publish. */
type Shown = { articleId: string; version: number; textRevision: number; publishStamp: string };

export function PublishForm({ shown, nextVersion, publish }: { shown: Shown; nextVersion: number; publish: WorkspaceActions["publishArticle"] }) {
  const [open, setOpen] = useState(false);
  const [changeNote, setChangeNote] = useState("");
  const [isCorrection, setIsCorrection] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [published, setPublished] = useState<PublishSummary | null>(null);
  const [pending, run] = useWorkspaceAction();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    run(() => publish({ ...shown, changeNote, isCorrection }), {
      success: (r) => `Published version ${r.number} with ${plural(r.claimCount, "checked claim")}.`,
      onSuccess: (r) => {
        setPublished(r);
        setOpen(false);
        setChangeNote("");
        setIsCorrection(false);
      },
      onFailure: (r) => setErrors(r.fieldErrors ?? {}),
    });
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {published ? (
        <p className="text-sm">
          Version {published.number} is live.{" "}
          <Link href={`/articles/${published.slug}`} className="text-blue-800 underline">
            View the public page
          </Link>
        </p>
      ) : null}
      {open ? (
        <form onSubmit={submit} noValidate aria-label="Publish" className="flex w-full max-w-md flex-col gap-2 rounded-md border border-stone-200 bg-stone-50 p-3">
          <p className="text-sm text-stone-700">Readers will see the current text with its signed-off claims. Claims not signed off stay hidden.</p>
          <TextAreaField
            label="Change note (optional)"
            hint="Shown to readers with this version, e.g. what was added since the last one."
            rows={2}
            value={changeNote}
            error={errors.changeNote}
            onChange={(e) => setChangeNote(e.target.value)}
          />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={isCorrection} onChange={(e) => setIsCorrection(e.target.checked)} />
            This is a correction
          </label>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? "Publishing…" : `Publish version ${nextVersion}`}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" onClick={() => setOpen(true)}>
          Publish…
        </Button>
      )}
    </div>
  );
}
