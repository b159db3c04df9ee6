"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import type { TwoFactorOverviewDto } from "@/lib/services/twoFactor/twoFactorDto";
import type { ActionResult } from "@/lib/web/actionResult";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

type Props = {
  overview: TwoFactorOverviewDto;
  setRequirement: (state: unknown, formData: FormData) => Promise<ActionResult<{ required: boolean }>>;
  reset: (state: unknown, formData: FormData) => Promise<ActionResult>;
};

/** Requiring two-factor sign-in of all staff, and who has it (with a reset for a lost phone). */
export function TwoFactorAdmin({ overview, setRequirement, reset }: Props) {
  const t = useTranslations("admin.twoFactor");
  const [saved, saveAction, saving] = useActionState(setRequirement, null);
  const [resetResult, resetAction, resetting] = useActionState(reset, null);
  const enrolled = overview.members.filter((m) => m.enabledAt).length;
  return (
    <>
      <form action={saveAction} aria-labelledby="requirement-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="requirement-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {saved ? <FormAlert tone={saved.ok ? "success" : "error"}>{saved.ok ? saved.message : saved.error}</FormAlert> : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="required" defaultChecked={overview.required} />
          {t("require")}
        </label>
        <Button type="submit" disabled={saving} aria-busy={saving} className="self-start">
          {saving ? t("saving") : t("save")}
        </Button>
      </form>
      <section aria-labelledby="enrolments-heading" className="flex flex-col gap-3">
        <h2 id="enrolments-heading" className="text-lg font-semibold">
          {t("whoHeading")}
        </h2>
        <p className="text-sm">{t("who", { enrolled, total: overview.members.length })}</p>
        {resetResult ? (
          <FormAlert tone={resetResult.ok ? "success" : "error"}>{resetResult.ok ? resetResult.message : resetResult.error}</FormAlert>
        ) : null}
        <ScrollRegion label={t("whoHeading")}>
          <table aria-labelledby="enrolments-heading" className="w-full text-start [&_th]:text-start text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-1 pe-4">{t("name")}</th>
                <th scope="col" className="py-1 pe-4">{t("email")}</th>
                <th scope="col" className="py-1 pe-4">{t("twoFactor")}</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.members.map((member) => (
                <tr key={member.id} className="border-t border-stone-200">
                  <td className="py-2 pe-4">{member.active ? member.displayName : t("deactivated", { name: member.displayName })}</td>
                  <td className="py-2 pe-4">{member.email}</td>
                  <td className="py-2 pe-4">
                    {member.enabledAt ? t.rich("onSince", { time: () => <LocalTime iso={member.enabledAt!} /> }) : t("off")}
                  </td>
                  <td className="py-2">
                    {member.enabledAt ? (
                      <form action={resetAction}>
                        <input type="hidden" name="userId" value={member.id} />
                        <Button type="submit" variant="secondary" disabled={resetting} aria-label={t("resetLabel", { name: member.displayName })}>
                          {t("reset")}
                        </Button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </>
  );
}
