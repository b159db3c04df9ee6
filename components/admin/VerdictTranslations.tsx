"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { languageAttributes, languageChoices, languageName } from "@/lib/domain/languages";
import { MAX_VERDICT_DESCRIPTION, MAX_VERDICT_LABEL } from "@/lib/domain/limits";

/** One translation of a verdict as the editor holds it: its language code and the verdict's words in it. */
export type TranslationRow = { language: string; label: string; description: string };

/**
 * A verdict's name and description in other languages, folded away under the verdict: add a language from the desk's
 * list (each once), write the words, remove one. Opens by itself when the last save refused one of them.
 */
export function VerdictTranslations({
  index,
  name,
  rows,
  errors,
  onChange,
}: {
  /** The verdict's place in the edited list, which the save's field errors name. */
  index: number;
  name: string;
  rows: TranslationRow[];
  errors: Record<string, string>;
  onChange: (rows: TranslationRow[]) => void;
}) {
  const t = useTranslations("admin.ratingScale");
  const locale = useLocale();
  const choices = useMemo(() => languageChoices(locale), [locale]);
  const [adding, setAdding] = useState("");
  const panel = useRef<HTMLDivElement>(null);
  const prefix = `verdicts.${index}.translations.`;
  const refused = Object.keys(errors).some((key) => key.startsWith(prefix));
  const used = new Set(rows.map((row) => row.language));

  // The keyboard goes where the change happened: to the new translation's name, or back to the language list.
  function focus(target: string) {
    panel.current?.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  }

  function add() {
    if (!adding || used.has(adding)) return;
    flushSync(() => {
      onChange([...rows, { language: adding, label: "", description: "" }]);
      setAdding("");
    });
    focus(adding);
  }

  function remove(language: string) {
    flushSync(() => onChange(rows.filter((row) => row.language !== language)));
    focus("language");
  }

  function update(language: string, change: Partial<TranslationRow>) {
    onChange(rows.map((row) => (row.language === language ? { ...row, ...change } : row)));
  }

  return (
    <details open={refused || undefined} className="rounded-md border border-stone-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">{t("translationsSummary", { count: rows.length })}</summary>
      <div ref={panel} className="mt-2 flex flex-col gap-3">
        <p className="text-sm text-stone-700">{t("translationsIntro")}</p>
        {rows.length ? (
          <ul className="flex flex-col gap-3">
            {rows.map((row) => {
              const language = languageName(row.language, locale);
              const field = `${prefix}${row.language}`;
              return (
                <li key={row.language}>
                  <fieldset className="flex min-w-0 flex-col gap-2 border-s-4 border-stone-200 ps-3">
                    <legend className="text-sm font-semibold">{language}</legend>
                    {errors[`${field}.language`] ? <p className="text-sm text-red-800">{errors[`${field}.language`]}</p> : null}
                    <TextField
                      label={t("translatedName", { language })}
                      value={row.label}
                      maxLength={MAX_VERDICT_LABEL}
                      data-focus={row.language}
                      {...languageAttributes(row.language)}
                      onChange={(e) => update(row.language, { label: e.target.value })}
                      error={errors[`${field}.label`]}
                    />
                    <TextAreaField
                      label={t("translatedDescription", { language })}
                      hint={t("translatedDescriptionHint")}
                      rows={2}
                      maxLength={MAX_VERDICT_DESCRIPTION}
                      value={row.description}
                      {...languageAttributes(row.language)}
                      onChange={(e) => update(row.language, { description: e.target.value })}
                      error={errors[`${field}.description`]}
                    />
                    <div>
                      <Button type="button" variant="ghost" onClick={() => remove(row.language)} aria-label={t("removeTranslationLabel", { language, name })}>
                        {t("removeTranslation")}
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        ) : null}
        <div className="flex flex-wrap items-end gap-2">
          <SelectField
            label={t("translationLanguage")}
            className="min-w-0 max-w-full grow sm:grow-0"
            value={adding}
            data-focus="language"
            onChange={(e) => setAdding(e.target.value)}
            options={[{ value: "", label: t("chooseLanguage") }, ...choices.filter(({ code }) => !used.has(code)).map(({ code, name: label }) => ({ value: code, label }))]}
          />
          <Button type="button" variant="secondary" disabled={!adding} onClick={add} aria-label={t("addTranslationLabel", { name })}>
            {t("addTranslation")}
          </Button>
        </div>
      </div>
    </details>
  );
}
