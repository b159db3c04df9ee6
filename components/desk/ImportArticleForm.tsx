"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";
import type { ArticleFormValues } from "./articleFormValues";

export type PreviewImport = (input: { url: string }) => Promise<ActionResult<{ [K in keyof ArticleFormValues]: string | null }>>;

/** Fetches an article from a web address and hands the preview to the article form; saves nothing itself. */
export function ImportArticleForm({ preview, onPreview }: { preview: PreviewImport; onPreview: (result: { [K in keyof ArticleFormValues]: string | null }) => void }) {
  const [url, setUrl] = useState("");
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    startTransition(async () => {
      const result = await preview({ url });
      if (result.ok) {
        onPreview(result.data);
        setOutcome({ ok: true, text: "Page fetched. Check the fields below, then save the article." });
      } else {
        setOutcome({ ok: false, text: result.fieldErrors?.url ?? result.error });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="import-heading" className="text-lg font-semibold">
        Import from a web address
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Web address of the article"
          type="url"
          inputMode="url"
          placeholder="https://"
          className="min-w-64 flex-1"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={outcome && !outcome.ok ? true : undefined}
        />
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? "Fetching…" : "Fetch article"}
        </Button>
      </div>
      <div aria-live="polite" className="text-sm">
        {pending ? <p>Fetching the page…</p> : null}
        {outcome?.ok ? <p className="text-green-900">{outcome.text}</p> : null}
      </div>
      {outcome && !outcome.ok ? <FormAlert tone="error">{outcome.text}</FormAlert> : null}
    </form>
  );
}
