"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import { TextField, URL_PLACEHOLDER } from "@/components/ui/TextField";
import type { FactCheckSourceDto, FactCheckSourceReadDto } from "@/lib/services/archive/factCheckSourceDto";
import type { ActionResult } from "@/lib/web/actionResult";
import type { WithWordedSkips } from "@/lib/domain/claimReviewImport";
import { notSentMessage } from "../sendable";
import { ImportSummary } from "./ImportSummary";

type Actions = {
  addSource: (state: unknown, form: FormData) => Promise<ActionResult<FactCheckSourceDto>>;
  readSource: (sourceId: string) => Promise<ActionResult<WithWordedSkips<FactCheckSourceReadDto>>>;
  removeSource: (sourceId: string) => Promise<ActionResult<{ removed: string }>>;
};

/** The schedules offered, in hours ("": only when asked). */
const SCHEDULES = ["24", "6", "1", "168", ""] as const;

type SourceWords = ReturnType<typeof useTranslations<"desk.factCheckSources">>;

function scheduleWords(everyHours: number | null, t: SourceWords): string {
  if (everyHours === null) return t("onlyWhenAsked");
  if (everyHours === 24) return t("everyDay");
  if (everyHours === 168) return t("everyWeek");
  return t("everyHours", { hours: everyHours });
}

/**
 * The addresses the archive reads again by itself (a fact-checker's page or data, another Factdesk's API or feed),
 * each with its schedule and how its last read went, a "read now" button and a way to remove it; and a form to add one.
 */
export function FactCheckSources({ sources, addSource, readSource, removeSource }: { sources: readonly FactCheckSourceDto[] } & Actions) {
  const t = useTranslations("desk.factCheckSources");
  const [added, addAction, adding] = useActionState(addSource, null);
  const fieldErrors = added && !added.ok ? added.fieldErrors : undefined;
  return (
    <section aria-labelledby="sources-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="sources-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {sources.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} readSource={readSource} removeSource={removeSource} />
          ))}
        </ul>
      )}
      <form action={addAction} noValidate aria-labelledby="add-source-heading" className="flex flex-col gap-3 border-t border-stone-200 pt-3">
        <h3 id="add-source-heading" className="font-medium">
          {t("addHeading")}
        </h3>
        <TextField
          label={t("url")}
          name="url"
          type="url"
          inputMode="url"
          placeholder={URL_PLACEHOLDER}
          dir="ltr"
          hint={t("urlHint")}
          error={fieldErrors?.url}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="source-schedule" className="text-sm font-medium">
            {t("schedule")}
          </label>
          <select id="source-schedule" name="everyHours" defaultValue="24" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm sm:w-64">
            {SCHEDULES.map((hours) => (
              <option key={hours} value={hours}>
                {hours ? scheduleWords(Number(hours), t) : t("onlyWhenIAsk")}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Button type="submit" disabled={adding} aria-busy={adding}>
            {adding ? t("adding") : t("add")}
          </Button>
        </div>
        {added?.ok ? (
          <FormAlert tone="success">
            {added.data.everyHours ? t("addedScheduled") : t("addedManual")}
          </FormAlert>
        ) : null}
        {added && !added.ok && !fieldErrors?.url ? <FormAlert tone="error">{added.error}</FormAlert> : null}
      </form>
    </section>
  );
}

function SourceItem({ source, readSource, removeSource }: { source: FactCheckSourceDto } & Omit<Actions, "addSource">) {
  const t = useTranslations("desk.factCheckSources");
  const connection = useTranslations("desk.connection");
  const kinds: Record<NonNullable<FactCheckSourceDto["kind"]>, string> = {
    claimreview: t("kinds.claimreview"),
    factdesk_api: t("kinds.factdesk_api"),
    feed: t("kinds.feed"),
  };
  const [reading, startReading] = useTransition();
  const [removing, startRemoving] = useTransition();
  const pending = reading || removing;
  const [read, setRead] = useState<ActionResult<WithWordedSkips<FactCheckSourceReadDto>> | null>(null);
  const [removal, setRemoval] = useState<"asking" | ActionResult<{ removed: string }> | null>(null);
  const outcome = source.lastOutcome;

  const readNow = () =>
    startReading(async () => {
      setRead(null);
      setRead(await readSource(source.id).catch((error: unknown) => ({ ok: false as const, error: notSentMessage(error, connection("notReached")) })));
    });
  const remove = () =>
    startRemoving(async () => {
      setRemoval(await removeSource(source.id).catch((error: unknown) => ({ ok: false as const, error: notSentMessage(error, connection("notReached")) })));
    });

  return (
    <li className="flex flex-col gap-2 rounded-md border border-stone-200 p-3 text-sm" aria-label={source.url}>
      <p className="font-medium break-all">
        <span dir="ltr">{source.url}</span>
      </p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">{t("kind")}</dt>
        <dd>{source.kind ? kinds[source.kind] : t("notReadYet")}</dd>
        <dt className="text-stone-600">{t("howOften")}</dt>
        <dd>
          {scheduleWords(source.everyHours, t)}
          {source.nextReadAt && !source.reading ? (
            <>
              {" "}
              {t.rich("next", { time: () => <LocalTime iso={source.nextReadAt!} /> })}
            </>
          ) : null}
        </dd>
        <dt className="text-stone-600">{t("lastRead")}</dt>
        <dd>
          {source.reading
            ? t("beingRead")
            : source.lastReadAt && outcome
              ? outcome.ok
                ? t.rich("lastImported", { time: () => <LocalTime iso={source.lastReadAt!} />, imported: outcome.imported, skipped: outcome.skipped })
                : t.rich("lastFailed", { time: () => <LocalTime iso={source.lastReadAt!} />, message: outcome.message })
              : t("never")}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={readNow} disabled={pending} aria-busy={reading}>
          {reading ? t("reading") : t("readNow")}
        </Button>
        {removal === "asking" ? (
          <>
            <Button type="button" variant="danger" onClick={remove} disabled={pending} aria-busy={removing}>
              {removing ? t("removing") : t("confirmRemove")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setRemoval(null)} disabled={pending}>
              {t("keep")}
            </Button>
          </>
        ) : (
          <Button type="button" variant="ghost" onClick={() => setRemoval("asking")} disabled={pending}>
            {t("remove")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {read?.ok && read.data.failure ? <FormAlert tone="error">{t("readFailed", { failure: read.data.failure })}</FormAlert> : null}
        {read?.ok && !read.data.failure ? <ImportSummary imported={read.data.imported} skipped={read.data.skipped} /> : null}
        {read && !read.ok ? <FormAlert tone="error">{read.error}</FormAlert> : null}
        {removal && removal !== "asking" && !removal.ok ? <FormAlert tone="error">{removal.error}</FormAlert> : null}
      </div>
    </li>
  );
}
