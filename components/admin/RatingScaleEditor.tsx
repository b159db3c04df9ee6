"use client";

import { useId, useState, useTransition } from "react";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { reviewRatingOf } from "@/lib/domain/claimReview";
import { checkVerdictColour, MIN_GRAPHIC_CONTRAST } from "@/lib/domain/colourContrast";
import type { RatingScaleDto, SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { MAX_VERDICT_LABEL } from "@/lib/domain/limits";

type Row = Omit<SaveRatingScaleInput["verdicts"][number], "truthRank"> & { truthRank: number | null; key: string; claimCount: number };

const NEW_VERDICT_COLOUR = "#4b5563";

/**
 * The rating scale as an editable list: rename, recolour, describe, move, retire, delete (when no claim uses it) and
 * add verdicts, each with its contrast and a preview as readers see it; saved all at once as a new version. A save
 * refused (bad input, or someone else saved first) keeps everything typed.
 */
export function RatingScaleEditor({ initial, save }: { initial: RatingScaleDto; save: (input: SaveRatingScaleInput) => Promise<ActionResult<RatingScaleDto>> }) {
  const [version, setVersion] = useState(initial.version);
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
    setRows((current) => [...current, { key: `new-${added}`, lineageId: null, label: "", description: "", colour: NEW_VERDICT_COLOUR, retired: false, truthRank: null, claimCount: 0 }]);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: SaveRatingScaleInput = { version, verdicts: rows.map(({ lineageId, label, description, colour, retired, truthRank }) => ({ lineageId, label, description, colour, retired, truthRank })),
    };
    startTransition(async () => {
      const saved = await save(input);
      setResult(saved);
      if (saved.ok) {
        setVersion(saved.data.version);
        setRows(toRows(saved.data));
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="scale-form-heading" className="flex flex-col gap-4">
      <h2 id="scale-form-heading" className="text-lg font-semibold">
        Verdicts <span className="text-sm font-normal text-stone-600">(version {version})</span>
      </h2>
      <p className="text-sm text-stone-700">
        Each colour is checked against a white page and the dark background readers see in dark mode. Below {MIN_GRAPHIC_CONTRAST}:1 on white it
        cannot be saved (the colour could not be seen); below {MIN_GRAPHIC_CONTRAST}:1 in dark mode you get a warning. The verdict&apos;s name is
        always written beside the colour, so the colour never has to carry the meaning alone.
      </p>
      <p className="text-sm text-stone-700">
        Search engines and fact-check aggregators read each published verdict as a number on a truth scale (ClaimReview&apos;s{" "}
        <code>ratingValue</code>, from 1 = least true to the highest place = most true). Give every verdict that judges truth its place; a verdict
        that does not (&ldquo;Unproven&rdquo;, &ldquo;Satire&rdquo;) gets none and is published by its name alone, so no one reads it as true or
        false. Places run 1, 2, 3… without a gap; verdicts may share one.
      </p>
      {result && !result.ok ? (
        <FormAlert tone="error">
          <p>{result.error}</p>
          {result.conflict?.length ? (
            <>
              <p className="mt-1 font-medium">The scale as it is now:</p>
              <ul className="list-inside list-disc">
                {result.conflict.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <a href="/admin/rating-scale" className="font-medium underline">
                Load the current scale (what you typed here will be lost)
              </a>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      {rows.length === 0 ? <p>The scale has no verdicts. Add the first one: reviewers need at least one to choose from.</p> : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <VerdictRow
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
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
          Add a verdict
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : "Save the scale"}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {result?.ok && !pending ? `Saved as version ${result.data.version}. Reviewers are offered it now; published fact-checks keep their verdicts.` : null}
        </p>
      </div>
    </form>
  );
}

function VerdictRow({
  row,
  index,
  count,
  bestTruthRank,
  errors,
  onChange,
  onMove,
  onDelete,
}: {
  row: Row;
  index: number;
  count: number;
  bestTruthRank: number | null;
  errors: Record<string, string>;
  onChange: (change: Partial<Row>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const id = useId();
  const contrast = checkVerdictColour(row.colour.trim().toLowerCase());
  const name = row.label.trim() || "this verdict";
  const colourValid = contrast.light > 0;
  return (
    <li className={`rounded-lg border bg-white p-4 ${row.retired ? "border-dashed border-stone-400" : "border-stone-200"}`}>
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">
          Verdict {index + 1}
          {row.retired ? <span className="ml-2 text-sm font-normal text-stone-700">(retired: not offered for new ratings)</span> : null}
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Name" value={row.label} maxLength={MAX_VERDICT_LABEL} onChange={(e) => onChange({ label: e.target.value })} error={errors[`verdicts.${index}.label`]} />
          <div className="flex items-end gap-2">
            <TextField
              label="Colour"
              hint="# and six hex digits"
              className="grow"
              value={row.colour}
              spellCheck={false}
              onChange={(e) => onChange({ colour: e.target.value })}
              error={errors[`verdicts.${index}.colour`]}
            />
            <input
              type="color"
              aria-label={`Pick the colour of ${name}`}
              value={colourValid ? row.colour.trim().toLowerCase() : "#000000"}
              onChange={(e) => onChange({ colour: e.target.value })}
              className="mb-0.5 h-9 w-12 cursor-pointer rounded border border-stone-300 bg-white"
            />
          </div>
        </div>
        <TextAreaField
          label="Description"
          hint="One sentence readers see with the verdict."
          rows={2}
          value={row.description}
          onChange={(e) => onChange({ description: e.target.value })}
          error={errors[`verdicts.${index}.description`]}
        />
        {colourValid ? (
          <p id={`${id}-contrast`} className={`text-sm ${contrast.level === "ok" ? "text-stone-700" : contrast.level === "warning" ? "text-amber-900" : "text-red-800"}`}>
            Contrast: {contrast.light}:1 on white, {contrast.dark}:1 in dark mode.{contrast.message ? ` ${contrast.message}` : ""}
          </p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <FieldFrame
            label="Place on the truth scale"
            hint="1 = least true. None: the verdict does not judge truth."
            error={errors[`verdicts.${index}.truthRank`]}
          >
            {(control) => (
              <select
                {...control}
                value={row.truthRank === null ? "" : String(row.truthRank)}
                onChange={(e) => onChange({ truthRank: e.target.value === "" ? null : Number(e.target.value) })}
                className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
              >
                <option value="">None (not rated on the truth scale)</option>
                {Array.from({ length: Math.max(count, row.truthRank ?? 0) }, (_, i) => i + 1).map((rank) => (
                  <option key={rank} value={rank}>
                    {rank}
                    {rank === 1 ? " (least true)" : ""}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <RatingPreview label={row.label.trim() || "(no name yet)"} truthRank={row.truthRank} bestTruthRank={bestTruthRank} />
        </div>
        <div aria-label={`Preview of ${name} on a reader's page`} role="group" className="true-colours grid gap-2 sm:grid-cols-2">
          <div className="flex flex-col items-start gap-1 rounded-md border border-stone-200 bg-stone-50 p-3">
            <span className="text-xs text-stone-600">Light</span>
            <VerdictBadge label={row.label.trim() || "(no name yet)"} colour={colourValid ? row.colour : "#ffffff"} tone="light" />
            {row.description ? <p className="text-sm text-stone-800">{row.description}</p> : null}
          </div>
          <div className="flex flex-col items-start gap-1 rounded-md bg-stone-950 p-3">
            <span className="text-xs text-stone-300">Dark</span>
            <VerdictBadge label={row.label.trim() || "(no name yet)"} colour={colourValid ? row.colour : "#1c1917"} tone="dark" />
            {row.description ? <p className="text-sm text-stone-200">{row.description}</p> : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="secondary" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move up: ${name}`}>
            Move up
          </Button>
          <Button type="button" variant="secondary" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move down: ${name}`}>
            Move down
          </Button>
          <Button type="button" variant="secondary" onClick={() => onChange({ retired: !row.retired })} aria-label={`${row.retired ? "Offer again" : "Retire"}: ${name}`}>
            {row.retired ? "Offer again" : "Retire"}
          </Button>
          {row.claimCount > 0 ? (
            <span className="text-sm text-stone-700">
              Used by {row.claimCount} {row.claimCount === 1 ? "claim" : "claims"}: it can be retired, not deleted.
            </span>
          ) : (
            <Button type="button" variant="ghost" onClick={onDelete} aria-label={`Delete: ${name}`}>
              Delete
            </Button>
          )}
        </div>
      </fieldset>
    </li>
  );
}

/** The verdict's ClaimReview reviewRating as it will be published with the scale as edited, and how it reads. */
function RatingPreview({ label, truthRank, bestTruthRank }: { label: string; truthRank: number | null; bestTruthRank: number | null }) {
  const rating = reviewRatingOf({ label, truthRank, bestTruthRank });
  return (
    <div role="group" aria-label={`ClaimReview preview of ${label}`} className="flex flex-col gap-1">
      <span className="text-sm font-medium">Published as (ClaimReview reviewRating)</span>
      <pre className="overflow-x-auto rounded-md bg-stone-100 p-2 text-xs text-stone-900">{JSON.stringify(rating, null, 2)}</pre>
      <p className="text-xs text-stone-700">
        {"ratingValue" in rating
          ? `Read as ${rating.ratingValue} of ${rating.bestRating}: ${rating.ratingValue === rating.bestRating ? "the most true" : rating.ratingValue === 1 ? "the least true" : "between least and most true"}.`
          : "No number: aggregators see only the name, and read neither true nor false."}
      </p>
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
    claimCount: v.claimCount,
  }));
}
