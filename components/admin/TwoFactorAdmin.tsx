"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import type { TwoFactorOverviewDto } from "@/lib/services/twoFactor/twoFactorDto";
import type { ActionResult } from "@/lib/web/actionResult";

type Props = {
  overview: TwoFactorOverviewDto;
  setRequirement: (state: unknown, formData: FormData) => Promise<ActionResult<{ required: boolean }>>;
  reset: (state: unknown, formData: FormData) => Promise<ActionResult>;
};

/** Requiring two-factor sign-in of all staff, and who has it (with a reset for a lost phone). */
export function TwoFactorAdmin({ overview, setRequirement, reset }: Props) {
  const [saved, saveAction, saving] = useActionState(setRequirement, null);
  const [resetResult, resetAction, resetting] = useActionState(reset, null);
  const enrolled = overview.members.filter((m) => m.enabledAt).length;
  return (
    <>
      <form action={saveAction} aria-labelledby="requirement-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="requirement-heading" className="text-lg font-semibold">
          Two-factor sign-in for all staff
        </h2>
        {saved ? <FormAlert tone={saved.ok ? "success" : "error"}>{saved.ok ? saved.message : saved.error}</FormAlert> : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="required" defaultChecked={overview.required} />
          Require two-factor sign-in: staff without it are sent to set it up before they can use the desk
        </label>
        <Button type="submit" disabled={saving} aria-busy={saving} className="self-start">
          {saving ? "Saving…" : "Save"}
        </Button>
      </form>
      <section aria-labelledby="enrolments-heading" className="flex flex-col gap-3">
        <h2 id="enrolments-heading" className="text-lg font-semibold">
          Who uses two-factor sign-in
        </h2>
        <p className="text-sm">
          {enrolled} of {overview.members.length} staff members have it on. Reset it for someone who lost their phone and their recovery
          codes: they set it up again after their next sign-in with their password.
        </p>
        {resetResult ? (
          <FormAlert tone={resetResult.ok ? "success" : "error"}>{resetResult.ok ? resetResult.message : resetResult.error}</FormAlert>
        ) : null}
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">Name</th>
              <th scope="col" className="py-1 pr-4">Email</th>
              <th scope="col" className="py-1 pr-4">Two-factor sign-in</th>
              <th scope="col" className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.members.map((member) => (
              <tr key={member.id} className="border-t border-stone-200">
                <td className="py-2 pr-4">
                  {member.displayName}
                  {member.active ? null : " (deactivated)"}
                </td>
                <td className="py-2 pr-4">{member.email}</td>
                <td className="py-2 pr-4">
                  {member.enabledAt ? (
                    <>
                      On since <LocalTime iso={member.enabledAt} />
                    </>
                  ) : (
                    "Off"
                  )}
                </td>
                <td className="py-2">
                  {member.enabledAt ? (
                    <form action={resetAction}>
                      <input type="hidden" name="userId" value={member.id} />
                      <Button type="submit" variant="secondary" disabled={resetting} aria-label={`Reset two-factor sign-in for ${member.displayName}`}>
                        Reset
                      </Button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
