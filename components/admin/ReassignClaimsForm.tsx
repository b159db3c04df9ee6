"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ActionResult } from "@/lib/web/actionResult";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { DAY_IN_UTC, storedDay } from "@/components/ui/dateFormats";

type OpenClaim = { id: string; version: number; number: number; statement: string; articleId: string; articleTitle: string; dueOn: string | null };

/** Lists a staff member's open claims and hands them all to one other person in one step (each keeps its due date). */
export function ReassignClaimsForm({
  from,
  claims,
  reviewers,
  action,
}: {
  from: string;
  claims: OpenClaim[];
  reviewers: { id: string; displayName: string }[];
  action: (state: unknown, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.openClaims");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={t("formLabel", { name: from })} className="flex flex-col gap-3">
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <ScrollRegion label={t("heading", { name: from })}>
        <table className="w-full border-collapse text-start [&_th]:text-start text-sm">
          <caption className="sr-only">{t("heading", { name: from })}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="px-3 py-2">{t("claim")}</th>
              <th scope="col" className="px-3 py-2">{t("article")}</th>
              <th scope="col" className="px-3 py-2">{t("due")}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="border-b border-stone-200 align-top">
                <td className="px-3 py-2">
                  <input type="hidden" name="claim" value={`${claim.id}:${claim.version}`} />
                  {claim.statement}
                </td>
                <td className="px-3 py-2">
                  <Link prefetch={false} href={`/desk/articles/${claim.articleId}`} className="text-blue-800 underline">
                    {claim.articleTitle}
                  </Link>
                </td>
                <td className="px-3 py-2">{claim.dueOn ? <time dateTime={claim.dueOn}>{format.dateTime(storedDay(claim.dueOn), DAY_IN_UTC)}</time> : t("noDueDate")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {reviewers.length === 0 ? (
        <p className="text-sm">{t("nobody")}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="reassign-to" className="text-sm font-medium">
              {t("handTo")}
            </label>
            <select id="reassign-to" name="reviewerId" required defaultValue="" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
              <option value="" disabled>
                {t("choose")}
              </option>
              {reviewers.map((reviewer) => (
                <option key={reviewer.id} value={reviewer.id}>
                  {reviewer.displayName}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? t("handingOn") : t("reassign", { count: claims.length })}
          </Button>
        </div>
      )}
    </form>
  );
}
