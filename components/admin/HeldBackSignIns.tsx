"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import type { ThrottleDto } from "@/lib/services/security/throttleDto";
import type { ActionResult } from "@/lib/web/actionResult";

const KIND_WORDS: Record<ThrottleDto["kind"], string> = {
  account: "Password attempts for",
  code: "Two-factor codes for",
  address: "Sign-ins from the address",
  device: "Sign-ins from",
};

/** Who is being held back at sign-in after repeated failures, with a way to let them try again at once. */
export function HeldBackSignIns({ throttles, lift }: { throttles: ThrottleDto[]; lift: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const [lifted, liftAction, lifting] = useActionState(lift, null);
  return (
    <section aria-labelledby="throttles-heading" className="flex flex-col gap-3">
      <h2 id="throttles-heading" className="text-lg font-semibold">
        Held-back sign-ins
      </h2>
      <p className="text-sm">
        After a few failed attempts, each further sign-in attempt for an account, from an address or from a browser waits a little longer (up
        to 15 minutes; a day for two-factor codes). When it is someone you know, let them try again now.
      </p>
      {lifted ? <FormAlert tone={lifted.ok ? "success" : "error"}>{lifted.ok ? lifted.message : lifted.error}</FormAlert> : null}
      {throttles.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4">What waits</th>
                <th scope="col" className="py-1 pr-4">Failed attempts</th>
                <th scope="col" className="py-1 pr-4">Waits until</th>
                <th scope="col" className="py-1 pr-4">Last attempt</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {throttles.map((throttle) => {
                const what = `${KIND_WORDS[throttle.kind]} ${throttle.personName ? `${throttle.personName} (${throttle.subject})` : throttle.subject}`;
                return (
                  <tr key={throttle.key} className="border-t border-stone-200">
                    <td className="py-2 pr-4 break-all">{what}</td>
                    <td className="py-2 pr-4">{throttle.failures}</td>
                    <td className="py-2 pr-4">{throttle.heldUntil ? <LocalTime iso={throttle.heldUntil} /> : "Not waiting now"}</td>
                    <td className="py-2 pr-4">
                      <LocalTime iso={throttle.lastAttemptAt} />
                    </td>
                    <td className="py-2">
                      <form action={liftAction}>
                        <input type="hidden" name="key" value={throttle.key} />
                        <Button type="submit" variant="secondary" disabled={lifting} aria-label={`Let through: ${what}`}>
                          Let through
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
        <p className="text-sm text-stone-600">Nobody is held back at sign-in now.</p>
      )}
    </section>
  );
}
