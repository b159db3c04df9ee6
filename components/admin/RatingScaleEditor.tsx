"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState, useTransition } from "react";
import { VerdictTranslations, type TranslationRow } from "@/components/admin/VerdictTranslations";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { FormAlert } from "@/components/ui/FormAlert";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { reviewRatingOf } from "@/lib/domain/reviewRating";
import { checkVerdictColour, MIN_GRAPHIC_CONTRAST } from "@/lib/domain/colourContrast";
import { languageAttributes, languageChoices } from "@/lib/domain/languages";
import type { RatingScaleDto, SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { MAX_VERDICT_LABEL } from "@/lib/domain/limits";

type Row = Omit<SaveRatingScaleInput["verdicts"][number], "truthRank" | "translations"> & {
  truthRank: number | null;
  translations: TranslationRow[];
  key: string;
  claimCount: number;
};

const NEW_VERDICT_COLOUR = "#4b5563";

/**
 * The rating scale as an editable list: rename, recolour, describe, translate, move, retire, delete (when no claim uses
 * it) and add verdicts, each with its contrast and a preview as readers see it, and the language their own words are
 * written in; saved all at once as a new version. A save refused (bad input, or someone else saved first) keeps
 * everything typed.
 */
export function RatingScaleEditor({ initial, save }: { initial: RatingScaleDto; save: (input: SaveRatingScaleInput) => Promise<ActionResult<RatingScaleDto>> }) {
  const t = useTranslations("admin.ratingScale");
  const locale = useLocale();
  const languages = useMemo(() => languageChoices(locale), [locale]);
  const [version, setVersion] = useState(initial.version);
  const [language, setLanguage] = useState(initial.language);
  const [rows, setRows] = useState<Row[]>(() => toRows(initial));
  const [result, setResult] = useState<ActionResult<RatingScaleDto> | null>(null);
  const [pending, startTransition] = useTransition();
  const [added, setAdded] = useState(0);
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // What ClaimReview's bestRating will be once saved: the highest place any verdict holds.
  const bestTruthRank = rows.reduce<number | null>((best, row) => (row.truthRank === null ? best : Math.max(best ?? 0, row.truthRank)), null);

  function update(index: number, change: Partial<Row>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function move(index: number, by: -1 | 1) {
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  }

  function add() {
    setAdded((n) => n + 1);
    setRows((current) => [...current, { key: `new-${added}`, lineageId: null, label: "", description: "", colour: NEW_VERDICT_COLOUR, retired: false, truthRank: null, translations: [], claimCount: 0 }]);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: SaveRatingScaleInput = {
      version,
      language,
      verdicts: rows.map(({ lineageId, label, description, colour, retired, truthRank, translations }) => ({
        lineageId,
        label,
        description,
        colour,
        retired,
        truthRank,
        translations: Object.fromEntries(translations.map((words) => [words.language, { label: words.label, description: words.description }])),
      })),
    };
    startTransition(async () => {
      const saved = await save(input);
      setResult(saved);
      if (saved.ok) {
        setVersion(saved.data.version);
        setLanguage(saved.data.language);
        setRows(toRows(saved.data));
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="scale-form-heading" className="flex flex-col gap-4">
      <h2 id="scale-form-heading" className="text-lg font-semibold">
        {t("verdicts")} <span className="text-sm font-normal text-stone-600">{t("version", { version })}</span>
      </h2>
      <p className="text-sm text-stone-700">{t("contrastIntro", { min: MIN_GRAPHIC_CONTRAST })}</p>
      <p className="text-sm text-stone-700">{t.rich("truthIntro", { code: (words) => <code>{words}</code> })}</p>
      {result && !result.ok ? (
        <FormAlert tone="error">
          <p>{result.error}</p>
          {result.conflict?.length ? (
            <>
              <p className="mt-1 font-medium">{t("conflict")}</p>
              <ul className="list-inside list-disc">
                {result.conflict.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <a href="/admin/rating-scale" className="font-medium underline">
                {t("loadCurrent")}
              </a>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      <SelectField
        label={t("scaleLanguage")}
        hint={t("scaleLanguageHint")}
        className="max-w-sm"
        value={language}
        onChange={(e) => setLanguage(e.target.value)}
        error={fieldErrors.language}
        options={languages.map(({ code, name }) => ({ value: code, label: name }))}
      />
      {rows.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <VerdictRow
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            language={language}
            bestTruthRank={bestTruthRank}
            errors={fieldErrors}
            onChange={(change) => update(index, change)}
            onMove={(by) => move(index, by)}
            onDelete={() => setRows((current) => current.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={add}>
          {t("add")}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {result?.ok && !pending ? t("saved", { version: result.data.version }) : null}
        </p>
      </div>
    </form>
  );
}

function VerdictRow({
  row,
  index,
  count,
  language,
  bestTruthRank,
  errors,
  onChange,
  onMove,
  onDelete,
}: {
  row: Row;
  index: number;
  count: number;
  /** The language the verdicts' own words are written in. */
  language: string;
  bestTruthRank: number | null;
  errors: Record<string, string>;
  onChange: (change: Partial<Row>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const t = useTranslations("admin.ratingScale");
  const id = useId();
  const contrast = checkVerdictColour(row.colour.trim().toLowerCase());
  const name = row.label.trim() || t("thisVerdict");
  const shownName = row.label.trim() || t("noName");
  const colourValid = contrast.light > 0;
  // What is wrong with the colour, if anything (the service refuses a colour too light with its own message).
  const warning =
    contrast.level === "refused"
      ? t("tooLight", { light: contrast.light, min: MIN_GRAPHIC_CONTRAST })
      : contrast.level === "warning"
        ? t("hardInDark", { dark: contrast.dark, min: MIN_GRAPHIC_CONTRAST })
        : null;
  return (
    <li className={`rounded-lg border bg-white p-4 ${row.retired ? "border-dashed border-stone-400" : "border-stone-200"}`}>
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="font-semibold">
          {t("verdictNumber", { number: index + 1 })}
          {row.retired ? <span className="ms-2 text-sm font-normal text-stone-700">{t("retired")}</span> : null}
        </legend>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            label={t("name")}
            value={row.label}
            maxLength={MAX_VERDICT_LABEL}
            {...languageAttributes(language)}
            onChange={(e) => onChange({ label: e.target.value })}
            error={errors[`verdicts.${index}.label`]}
          />
          <div className="flex items-end gap-2">
            <TextField
              label={t("colour")}
              hint={t("colourHint")}
              className="grow"
              value={row.colour}
              spellCheck={false}
              dir="ltr"
              onChange={(e) => onChange({ colour: e.target.value })}
              error={errors[`verdicts.${index}.colour`]}
            />
            <input
              type="color"
              aria-label={t("pickColour", { name })}
              value={colourValid ? row.colour.trim().toLowerCase() : "#000000"}
              onChange={(e) => onChange({ colour: e.target.value })}
              className="mb-0.5 h-9 w-12 cursor-pointer rounded border border-stone-300 bg-white"
            />
          </div>
        </div>
        <TextAreaField
          label={t("description")}
          hint={t("descriptionHint")}
          rows={2}
          value={row.description}
          {...languageAttributes(language)}
          onChange={(e) => onChange({ description: e.target.value })}
          error={errors[`verdicts.${index}.description`]}
        />
        <VerdictTranslations index={index} name={name} rows={row.translations} errors={errors} onChange={(translations) => onChange({ translations })} />
        {colourValid ? (
          <p id={`${id}-contrast`} className={`text-sm ${contrast.level === "ok" ? "text-stone-700" : contrast.level === "warning" ? "text-amber-900" : "text-red-800"}`}>
            {t("contrast", { light: contrast.light, dark: contrast.dark })}
            {warning ? ` ${warning}` : null}
          </p>
        ) : null}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <FieldFrame
            label={t("place")}
            hint={t("placeHint")}
            error={errors[`verdicts.${index}.truthRank`]}
          >
            {(control) => (
              <select
                {...control}
                value={row.truthRank === null ? "" : String(row.truthRank)}
                onChange={(e) => onChange({ truthRank: e.target.value === "" ? null : Number(e.target.value) })}
                className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
              >
                <option value="">{t("noPlace")}</option>
                {Array.from({ length: Math.max(count, row.truthRank ?? 0) }, (_, i) => i + 1).map((rank) => (
                  <option key={rank} value={rank}>
                    {rank === 1 ? t("leastTrue", { rank }) : rank}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <RatingPreview label={shownName} truthRank={row.truthRank} bestTruthRank={bestTruthRank} />
        </div>
        <div aria-label={t("previewOf", { name })} role="group" className="true-colours grid grid-cols-1 gap-2 sm:grid-cols-2">
          <div className="flex flex-col items-start gap-1 rounded-md border border-stone-200 bg-stone-50 p-3">
            <span className="text-xs text-stone-600">{t("light")}</span>
            <VerdictBadge label={shownName} colour={colourValid ? row.colour : "#ffffff"} tone="light" lang={row.label.trim() ? language : null} />
            {row.description ? <p className="text-sm text-stone-800" {...languageAttributes(language)}>{row.description}</p> : null}
          </div>
          <div className="flex flex-col items-start gap-1 rounded-md bg-stone-950 p-3">
            <span className="text-xs text-stone-300">{t("dark")}</span>
            <VerdictBadge label={shownName} colour={colourValid ? row.colour : "#1c1917"} tone="dark" lang={row.label.trim() ? language : null} />
            {row.description ? <p className="text-sm text-stone-200" {...languageAttributes(language)}>{row.description}</p> : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="secondary" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t("moveUpLabel", { name })}>
            {t("moveUp")}
          </Button>
          <Button type="button" variant="secondary" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t("moveDownLabel", { name })}>
            {t("moveDown")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => onChange({ retired: !row.retired })}
            aria-label={row.retired ? t("offerAgainLabel", { name }) : t("retireLabel", { name })}
          >
            {row.retired ? t("offerAgain") : t("retire")}
          </Button>
          {row.claimCount > 0 ? (
            <span className="text-sm text-stone-700">{t("usedBy", { count: row.claimCount })}</span>
          ) : (
            <Button type="button" variant="ghost" onClick={onDelete} aria-label={t("deleteLabel", { name })}>
              {t("delete")}
            </Button>
          )}
        </div>
      </fieldset>
    </li>
  );
}

/** The verdict's ClaimReview reviewRating as it will be published with the scale as edited, and how it reads. */
function RatingPreview({ label, truthRank, bestTruthRank }: { label: string; truthRank: number | null; bestTruthRank: number | null }) {
  const t = useTranslations("admin.ratingScale");
  const rating = reviewRatingOf({ label, truthRank, bestTruthRank });
  const readAs = (value: number, best: number) =>
    value === best ? t("readAsMost", { value, best }) : value === 1 ? t("readAsLeast", { value, best }) : t("readAsBetween", { value, best });
  return (
    <div role="group" aria-label={t("claimReviewOf", { name: label })} className="flex flex-col gap-1">
      <span className="text-sm font-medium">{t("publishedAs")}</span>
      <pre dir="ltr" className="overflow-x-auto rounded-md bg-stone-100 p-2 text-xs text-stone-900">{JSON.stringify(rating, null, 2)}</pre>
      <p className="text-xs text-stone-700">{"ratingValue" in rating ? readAs(rating.ratingValue, rating.bestRating) : t("noNumber")}</p>
    </div>
  );
}

function toRows(scale: RatingScaleDto): Row[] {
  return scale.verdicts.map((v) => ({
    key: v.lineageId,
    lineageId: v.lineageId,
    label: v.label,
    description: v.description,
    colour: v.colour,
    retired: v.retired,
    truthRank: v.truthRank,
    translations: Object.entries(v.translations).map(([language, words]) => ({ language, ...words })),
    claimCount: v.claimCount,
  }));
}
