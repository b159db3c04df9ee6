"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField, URL_PLACEHOLDER } from "@/components/ui/TextField";
import { FORM_BODY_BYTES, formSizeProblem, sizeInWords } from "@/lib/domain/limits";
import type { FactCheckImportDto } from "@/lib/services/archive/factCheckImportDto";
import type { ActionResult } from "@/lib/web/actionResult";
import type { WithWordedSkips } from "@/lib/domain/claimReviewImport";
import { notSentMessage } from "../sendable";
import { ImportSummary } from "./ImportSummary";

/**
 * Imports other fact-checkers' ClaimReviews from a file (JSON, JSON Lines, a saved page) or a web address, then
 * lists what was imported and each record left out with the reason.
 */
export function ImportFactChecksForm({ importFactChecks }: { importFactChecks: (form: FormData) => Promise<ActionResult<WithWordedSkips<FactCheckImportDto>>> }) {
  const t = useTranslations("desk.importFactChecks");
  const connection = useTranslations("desk.connection");
  const [outcome, setOutcome] = useState<ActionResult<WithWordedSkips<FactCheckImportDto>> | null>(null);
  const [pending, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    // The server refuses a larger form before reading it: say so here, before sending.
    if (file instanceof File && formSizeProblem(file.size)) {
      setOutcome({ ok: false, error: t("tooLarge", { size: sizeInWords(FORM_BODY_BYTES) }) });
      return;
    }
    if (!(file instanceof File && file.size > 0) && !String(form.get("url") ?? "").trim()) {
      setOutcome({ ok: false, error: t("nothingChosen") });
      return;
    }
    setOutcome(null);
    startTransition(async () => {
      const result = await importFactChecks(form).catch((error: unknown) => ({ ok: false as const, error: notSentMessage(error, connection("notReached")) }));
      setOutcome(result);
      if (result.ok && fileInput.current) fileInput.current.value = "";
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-fact-checks-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="import-fact-checks-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="fact-check-file" className="text-sm font-medium">
          {t("file")}
        </label>
        <input
          ref={fileInput}
          id="fact-check-file"
          name="file"
          type="file"
          accept=".json,.jsonl,.ndjson,.html,.htm,application/json,application/ld+json,text/html"
          aria-describedby="fact-check-file-hint"
          className="text-sm"
        />
        <p id="fact-check-file-hint" className="text-xs text-stone-600">
          {t("fileHint", { size: sizeInWords(FORM_BODY_BYTES) })}
        </p>
      </div>
      <TextField label={t("url")} name="url" type="url" inputMode="url" placeholder={URL_PLACEHOLDER} dir="ltr" />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("importing") : t("import")}
        </Button>
      </div>
      <div aria-live="polite" className="text-sm">
        {pending ? <p>{t("pending")}</p> : null}
        {outcome?.ok ? <ImportSummary imported={outcome.data.imported} skipped={outcome.data.skipped} /> : null}
      </div>
      {outcome && !outcome.ok ? <FormAlert tone="error">{outcome.fieldErrors?.url ?? outcome.error}</FormAlert> : null}
    </form>
  );
}
