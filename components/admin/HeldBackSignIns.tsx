"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import type { ThrottleDto } from "@/lib/services/security/throttleDto";
import type { ActionResult } from "@/lib/web/actionResult";

/** Who is being held back at sign-in after repeated failures, with a way to let them try again at once. */
export function HeldBackSignIns({ throttles, lift }: { throttles: ThrottleDto[]; lift: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("admin.heldBack");
  const [lifted, liftAction, lifting] = useActionState(lift, null);
  /** What waits, in words: whose password attempts or codes, which address, or a browser. */
  const whatWaits = (throttle: ThrottleDto) => {
    if (throttle.kind === "device") return t("device");
    if (throttle.subject === null) return t("codeOfDeleted");
    const subject = throttle.personName ? t("person", { name: throttle.personName, subject: throttle.subject }) : throttle.subject;
    return throttle.kind === "account" ? t("account", { subject }) : throttle.kind === "code" ? t("code", { subject }) : t("address", { subject });
  };
  return (
    <section aria-labelledby="throttles-heading" className="flex flex-col gap-3">
      <h2 id="throttles-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      {lifted ? <FormAlert tone={lifted.ok ? "success" : "error"}>{lifted.ok ? lifted.message : lifted.error}</FormAlert> : null}
      {throttles.length ? (
        <div className="overflow-x-auto">
          <table aria-labelledby="throttles-heading" className="w-full text-start [&_th]:text-start text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-1 pe-4">{t("what")}</th>
                <th scope="col" className="py-1 pe-4">{t("failures")}</th>
                <th scope="col" className="py-1 pe-4">{t("until")}</th>
                <th scope="col" className="py-1 pe-4">{t("last")}</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {throttles.map((throttle) => {
                const what = whatWaits(throttle);
                return (
                  <tr key={throttle.key} className="border-t border-stone-200">
                    <td className="py-2 pe-4 break-all">{what}</td>
                    <td className="py-2 pe-4">{throttle.failures}</td>
                    <td className="py-2 pe-4">{throttle.heldUntil ? <LocalTime iso={throttle.heldUntil} /> : t("notWaiting")}</td>
                    <td className="py-2 pe-4">
                      <LocalTime iso={throttle.lastAttemptAt} />
                    </td>
                    <td className="py-2">
                      <form action={liftAction}>
                        <input type="hidden" name="key" value={throttle.key} />
                        <Button type="submit" variant="secondary" disabled={lifting} aria-label={t("letThroughLabel", { what })}>
                          {t("letThrough")}
                        </Button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{t("nobody")}</p>
      )}
    </section>
  );
}
