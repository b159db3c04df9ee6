"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DAY_IN_UTC, storedDay } from "@/components/ui/dateFormats";
import Link from "next/link";
import { useId, useMemo, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { TextField } from "@/components/ui/TextField";
import type { BulkAssignmentDto, QueueClaim } from "@/lib/services/claims/claimQueueDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { CaptionedTable } from "@/components/ui/CaptionedTable";
import { DueDate } from "./DueDate";
import { useStatusLabels } from "./statusLabels";
import { languageAttributes } from "@/lib/domain/languages";

export type AssignClaimsInput = { claims: { claimId: string; version: number }[]; reviewerId: string; dueOn: string | null };

/** What an editor needs to hand the listed claims out: who can take them, the earliest due date, the action. */
export type BulkAssign = {
  staff: { id: string; displayName: string }[];
  /** The database's today (YYYY-MM-DD): the earliest due date the form offers. */
  today: string;
  assign: (input: AssignClaimsInput) => Promise<ActionResult<BulkAssignmentDto>>;
};

/** The address of a claim in its article's workspace, which opens it. */
export const claimHref = (claim: Pick<QueueClaim, "articleId" | "id">) => `/desk/articles/${claim.articleId}#claim-${claim.id}`;

type Outcome = { tone: "success" | "error"; text: string; n: number };

/**
 * Claims across articles as a table, each linking straight to the claim. With `bulk` (editors), each row has a
 * checkbox, a header checkbox selects every claim on the page, and a form gives the selection to one reviewer with
 * one due date; the outcome is announced in a live region.
 */
export function ClaimQueueTable({ claims, caption, showReviewer = false, bulk }: { claims: QueueClaim[]; caption: string; showReviewer?: boolean; bulk?: BulkAssign }) {
  const t = useTranslations("desk.claimTable");
  const format = useFormatter();
  const connection = useTranslations("desk.connection");
  const labels = useStatusLabels();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reviewerId, setReviewerId] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();

  // A claim that left the list (assigned away, or gone after a refresh) is no longer selected.
  const chosen = useMemo(() => claims.filter((claim) => selected.has(claim.id)), [claims, selected]);
  const allChosen = claims.length > 0 && chosen.length === claims.length;

  function toggle(claimId: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(claimId);
      else next.delete(claimId);
      return next;
    });
  }

  function report(tone: Outcome["tone"], text: string) {
    setOutcome((previous) => ({ tone, text, n: (previous?.n ?? 0) + 1 }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!bulk) return;
    setErrors({});
    if (!chosen.length) {
      report("error", t("selectFirst"));
      return;
    }
    const input = { claims: chosen.map((c) => ({ claimId: c.id, version: c.version })), reviewerId, dueOn: dueOn || null };
    startTransition(async () => {
      let result: ActionResult<BulkAssignmentDto>;
      try {
        result = await bulk.assign(input);
      } catch {
        result = { ok: false, error: connection("notReached") };
      }
      if (result.ok) {
        const { count, reviewer, dueOn: due } = result.data;
        report("success", due ? t("assignedDue", { count, reviewer: reviewer.displayName, due: format.dateTime(storedDay(due), DAY_IN_UTC) }) : t("assigned", { count, reviewer: reviewer.displayName }));
        setSelected(new Set());
      } else {
        report("error", result.error);
        setErrors(result.fieldErrors ?? {});
      }
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {bulk ? (
        <form onSubmit={submit} noValidate aria-label={t("form")} className="rounded-lg border border-stone-200 bg-white p-3">
          <fieldset className="flex min-w-0 flex-wrap items-end gap-3">
            <legend className="mb-2 text-sm font-semibold">
              {t("legend")} <span className="font-normal text-stone-700">{t("selected", { count: chosen.length })}</span>
            </legend>
            <FieldFrame label={t("reviewer")} error={errors.reviewerId}>
              {(control) => (
                <select
                  {...control}
                  value={reviewerId}
                  onChange={(e) => setReviewerId(e.target.value)}
                  className="rounded-md border border-stone-300 bg-white px-2 py-2 text-sm aria-invalid:border-red-700"
                >
                  <option value="">{t("chooseReviewer")}</option>
                  {bulk.staff.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.displayName}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
            <TextField
              label={t("dueDate")}
              type="date"
              min={bulk.today}
              value={dueOn}
              hint={t("dueDateHint")}
              error={errors.dueOn}
              onChange={(e) => setDueOn(e.target.value)}
            />
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? t("assigning") : t("assign", { count: chosen.length })}
            </Button>
          </fieldset>
          <div role="status" aria-live="polite">
            {outcome?.tone === "success" ? (
              <p key={outcome.n} className="mt-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
                {outcome.text}
              </p>
            ) : null}
          </div>
          <div role="alert">
            {outcome?.tone === "error" ? (
              <p key={outcome.n} className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
                {outcome.text}
              </p>
            ) : null}
          </div>
        </form>
      ) : null}
      <CaptionedTable caption={caption} captionClassName="pb-2 text-sm text-stone-700" tableClassName="w-full border-collapse text-start text-sm">
        <thead>
          <tr className="border-b border-stone-300 align-bottom">
            {bulk ? (
              <th scope="col" className="w-8 py-2 pe-2">
                <input
                  id={`${id}-all`}
                  type="checkbox"
                  checked={allChosen}
                  ref={(box) => {
                    if (box) box.indeterminate = chosen.length > 0 && !allChosen;
                  }}
                  onChange={(e) => setSelected(e.target.checked ? new Set(claims.map((c) => c.id)) : new Set())}
                  className="size-4"
                />
                <label htmlFor={`${id}-all`} className="sr-only">
                  {t("selectAll", { count: claims.length })}
                </label>
              </th>
            ) : null}
            <th scope="col" className="py-2 pe-3">
              {t("claim")}
            </th>
            <th scope="col" className="pe-3">
              {t("article")}
            </th>
            <th scope="col" className="pe-3">
              {t("status")}
            </th>
            <th scope="col" className="pe-3">
              {t("verdict")}
            </th>
            {showReviewer ? (
              <th scope="col" className="pe-3">
                {t("reviewer")}
              </th>
            ) : null}
            <th scope="col">{t("due")}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id} className={`border-b border-stone-200 align-top ${claim.overdue ? "bg-red-50" : ""}`}>
              {bulk ? (
                <td className="py-2 pe-2">
                  <input
                    id={`${id}-${claim.id}`}
                    type="checkbox"
                    checked={selected.has(claim.id)}
                    onChange={(e) => toggle(claim.id, e.target.checked)}
                    className="size-4"
                  />
                  <label htmlFor={`${id}-${claim.id}`} className="sr-only">
                    {t("selectClaim", { number: claim.number, title: claim.articleTitle })}
                  </label>
                </td>
              ) : null}
              <td className="max-w-md py-2 pe-3">
                <Link prefetch={false} href={claimHref(claim)} className="text-blue-900 underline-offset-2 hover:underline">
                  <span className="font-semibold">#{claim.number}</span> {claim.statement}
                </Link>
              </td>
              <td className="py-2 pe-3">{claim.articleTitle}</td>
              <td className="whitespace-nowrap py-2 pe-3">{labels[claim.status]}</td>
              <td className="py-2 pe-3">
                {claim.verdictLabel ? (
                  <span className="inline-flex items-center gap-1">
                    <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: claim.verdictColour ?? undefined }} />
                    <span {...languageAttributes(claim.verdictLanguage)}>{claim.verdictLabel}</span>
                  </span>
                ) : (
                  <span className="text-stone-600">{t("noVerdict")}</span>
                )}
              </td>
              {showReviewer ? <td className="py-2 pe-3">{claim.reviewerName ?? <span className="text-stone-600">{t("nobody")}</span>}</td> : null}
              <td className="py-2">
                <DueDate dueOn={claim.dueOn} dueInDays={claim.dueInDays} overdue={claim.overdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
    </div>
  );
}
