"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField, URL_PLACEHOLDER } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";
import type { ArticleFormValues } from "./articleFormValues";

export type PreviewImport = (input: { url: string }) => Promise<ActionResult<{ [K in keyof ArticleFormValues]: string | null }>>;

/** Fetches an article from a web address and hands the preview to the article form; saves nothing itself. */
export function ImportArticleForm({ preview, onPreview }: { preview: PreviewImport; onPreview: (result: { [K in keyof ArticleFormValues]: string | null }) => void }) {
  const t = useTranslations("desk.importArticle");
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
        setOutcome({ ok: true, text: t("fetched") });
      } else {
        setOutcome({ ok: false, text: result.fieldErrors?.url ?? result.error });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="import-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label={t("url")}
          type="url"
          dir="ltr"
          inputMode="url"
          placeholder={URL_PLACEHOLDER}
          className="min-w-64 flex-1"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={outcome && !outcome.ok ? true : undefined}
        />
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? t("fetching") : t("fetch")}
        </Button>
      </div>
      <div aria-live="polite" className="text-sm">
        {pending ? <p>{t("pending")}</p> : null}
        {outcome?.ok ? <p className="text-green-900">{outcome.text}</p> : null}
      </div>
      {outcome && !outcome.ok ? <FormAlert tone="error">{outcome.text}</FormAlert> : null}
    </form>
  );
}
