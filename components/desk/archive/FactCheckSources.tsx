"use client";

import { useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import { TextField } from "@/components/ui/TextField";
import type { FactCheckSourceDto, FactCheckSourceReadDto } from "@/lib/services/archive/factCheckSourceDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { notSentMessage } from "../sendable";
import { ImportSummary } from "./ImportSummary";

type Actions = {
  addSource: (state: unknown, form: FormData) => Promise<ActionResult<FactCheckSourceDto>>;
  readSource: (sourceId: string) => Promise<ActionResult<FactCheckSourceReadDto>>;
  removeSource: (sourceId: string) => Promise<ActionResult<{ removed: string }>>;
};

const SCHEDULES: { value: string; words: string }[] = [
  { value: "24", words: "Every day" },
  { value: "6", words: "Every 6 hours" },
  { value: "1", words: "Every hour" },
  { value: "168", words: "Every week" },
  { value: "", words: "Only when I ask" },
];

const KIND_WORDS: Record<NonNullable<FactCheckSourceDto["kind"]>, string> = {
  claimreview: "ClaimReview data or page",
  factdesk_api: "Factdesk API",
  feed: "News feed",
};

function scheduleWords(everyHours: number | null): string {
  if (everyHours === null) return "Only when asked";
  if (everyHours === 1) return "Every hour";
  if (everyHours === 24) return "Every day";
  if (everyHours === 168) return "Every week";
  return `Every ${everyHours} hours`;
}

/**
 * The addresses the archive reads again by itself (a fact-checker's page or data, another Factdesk's API or feed),
 * each with its schedule and how its last read went, a "read now" button and a way to remove it; and a form to add one.
 */
export function FactCheckSources({ sources, addSource, readSource, removeSource }: { sources: readonly FactCheckSourceDto[] } & Actions) {
  const [added, addAction, adding] = useActionState(addSource, null);
  const fieldErrors = added && !added.ok ? added.fieldErrors : undefined;
  return (
    <section aria-labelledby="sources-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="sources-heading" className="text-lg font-semibold">
        Sources read regularly
      </h2>
      <p className="text-sm text-stone-700">
        Factdesk reads these addresses again by itself and adds only the fact-checks that are new. Removing a source keeps what it brought.
      </p>
      {sources.length === 0 ? (
        <p className="text-sm text-stone-600">No sources yet.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} readSource={readSource} removeSource={removeSource} />
          ))}
        </ul>
      )}
      <form action={addAction} noValidate aria-labelledby="add-source-heading" className="flex flex-col gap-3 border-t border-stone-200 pt-3">
        <h3 id="add-source-heading" className="font-medium">
          Add a source
        </h3>
        <TextField
          label="Web address"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="A fact-check page or ClaimReview data, another Factdesk’s /api/v1/claim-reviews or /feed.xml, or any news feed whose pages carry ClaimReview markup."
          error={fieldErrors?.url}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="source-schedule" className="text-sm font-medium">
            How often to read it
          </label>
          <select id="source-schedule" name="everyHours" defaultValue="24" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm sm:w-64">
            {SCHEDULES.map((schedule) => (
              <option key={schedule.value} value={schedule.value}>
                {schedule.words}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Button type="submit" disabled={adding} aria-busy={adding}>
            {adding ? "Adding…" : "Add source"}
          </Button>
        </div>
        {added?.ok ? (
          <FormAlert tone="success">
            Added. {added.data.everyHours ? "Factdesk reads it within a minute, then on its schedule." : "Use “Read now” to read it."}
          </FormAlert>
        ) : null}
        {added && !added.ok && !fieldErrors?.url ? <FormAlert tone="error">{added.error}</FormAlert> : null}
      </form>
    </section>
  );
}

function SourceItem({ source, readSource, removeSource }: { source: FactCheckSourceDto } & Omit<Actions, "addSource">) {
  const [reading, startReading] = useTransition();
  const [removing, startRemoving] = useTransition();
  const pending = reading || removing;
  const [read, setRead] = useState<ActionResult<FactCheckSourceReadDto> | null>(null);
  const [removal, setRemoval] = useState<"asking" | ActionResult<{ removed: string }> | null>(null);
  const outcome = source.lastOutcome;

  const readNow = () =>
    startReading(async () => {
      setRead(null);
      setRead(await readSource(source.id).catch((error: unknown) => ({ ok: false as const, error: notSentMessage(error) })));
    });
  const remove = () =>
    startRemoving(async () => {
      setRemoval(await removeSource(source.id).catch((error: unknown) => ({ ok: false as const, error: notSentMessage(error) })));
    });

  return (
    <li className="flex flex-col gap-2 rounded-md border border-stone-200 p-3 text-sm" aria-label={source.url}>
      <p className="font-medium break-all">{source.url}</p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">What it is</dt>
        <dd>{source.kind ? KIND_WORDS[source.kind] : "Not read yet"}</dd>
        <dt className="text-stone-600">How often</dt>
        <dd>
          {scheduleWords(source.everyHours)}
          {source.nextReadAt && !source.reading ? (
            <>
              {" "}
              (next: <LocalTime iso={source.nextReadAt} />)
            </>
          ) : null}
        </dd>
        <dt className="text-stone-600">Last read</dt>
        <dd>
          {source.reading ? (
            "Being read now."
          ) : source.lastReadAt && outcome ? (
            <>
              <LocalTime iso={source.lastReadAt} />:{" "}
              {outcome.ok
                ? `imported ${outcome.imported.toLocaleString("en")} new fact-check${outcome.imported === 1 ? "" : "s"}${outcome.skipped ? `, left out ${outcome.skipped.toLocaleString("en")}` : ""}.`
                : `could not be read. ${outcome.message}`}
            </>
          ) : (
            "Never"
          )}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={readNow} disabled={pending} aria-busy={reading}>
          {reading ? "Reading…" : "Read now"}
        </Button>
        {removal === "asking" ? (
          <>
            <Button type="button" variant="danger" onClick={remove} disabled={pending} aria-busy={removing}>
              {removing ? "Removing…" : "Yes, remove this source"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setRemoval(null)} disabled={pending}>
              Keep it
            </Button>
          </>
        ) : (
          <Button type="button" variant="ghost" onClick={() => setRemoval("asking")} disabled={pending}>
            Remove
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {read?.ok && read.data.failure ? <FormAlert tone="error">This source could not be read: {read.data.failure}</FormAlert> : null}
        {read?.ok && !read.data.failure ? <ImportSummary imported={read.data.imported} skipped={read.data.skipped} /> : null}
        {read && !read.ok ? <FormAlert tone="error">{read.error}</FormAlert> : null}
        {removal && removal !== "asking" && !removal.ok ? <FormAlert tone="error">{removal.error}</FormAlert> : null}
      </div>
    </li>
  );
}
