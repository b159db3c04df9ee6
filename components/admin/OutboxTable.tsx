"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import type { OutboxMessageDto, OutboxMessageKind } from "@/lib/services/outbox/outboxMessageDto";
import type { ActionResult } from "@/lib/web/actionResult";

const CELL = "px-3 py-2 align-top";
// What each kind of message is called: a kind the outbox learns fails to compile here until it has words.
const KIND_WORDS = {
  cache_purge: "kinds.cache_purge",
  password_reset: "kinds.password_reset",
  invitation: "kinds.invitation",
  assigned: "kinds.assigned",
  returned: "kinds.returned",
  signed_off: "kinds.signed_off",
  mentioned: "kinds.mentioned",
  notification: "kinds.notification",
  mail: "kinds.mail",
} as const satisfies Record<OutboxMessageKind, string>;

/** The outbox's messages: what, for whom, how it went (the mail server's answer), and Retry for what is not delivered. */
export function OutboxTable({ messages, retry }: { messages: OutboxMessageDto[]; retry: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("admin.outbox");
  const [result, retryAction, retrying] = useActionState(retry, null);
  return (
    <>
      {result ? <FormAlert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</FormAlert> : null}
      {messages.length === 0 ? (
        <p className="text-sm text-stone-700">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("tableLabel")}>
          <table aria-label={t("tableLabel")} className="w-full border-collapse text-start [&_th]:text-start text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className={CELL}>{t("message")}</th>
                <th scope="col" className={CELL}>{t("to")}</th>
                <th scope="col" className={CELL}>{t("status")}</th>
                <th scope="col" className={CELL}>{t("attempts")}</th>
                <th scope="col" className={CELL}>{t("reason")}</th>
                <th scope="col" className={CELL}>{t("written")}</th>
                <th scope="col" className={CELL}>
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => {
                const about = t(KIND_WORDS[message.kind]);
                return (
                  <tr key={message.id} className="border-b border-stone-200">
                    <td className={CELL}>{about}</td>
                    <td className={CELL}>{message.recipient ?? "—"}</td>
                    <td className={CELL}>
                      {t(`statuses.${message.status}`)}
                      {message.status === "pending" && message.attempts > 0 ? (
                        <>
                          {" "}
                          {t.rich("nextTry", { time: () => <LocalTime iso={message.nextAttemptAt.toISOString()} /> })}
                        </>
                      ) : null}
                      {message.deliveredAt ? (
                        <>
                          {" "}
                          <LocalTime iso={message.deliveredAt.toISOString()} />
                        </>
                      ) : null}
                    </td>
                    <td className={CELL}>{message.attempts}</td>
                    <td className={`${CELL} break-words`}>{message.lastError ?? "—"}</td>
                    <td className={CELL}>
                      <LocalTime iso={message.createdAt.toISOString()} />
                    </td>
                    <td className={CELL}>
                      {message.status === "pending" || message.status === "failed" ? (
                        <form action={retryAction}>
                          <input type="hidden" name="id" value={message.id} />
                          <Button type="submit" variant="secondary" disabled={retrying} aria-label={t("retryLabel", { about, recipient: message.recipient ?? "—" })}>
                            {t("retry")}
                          </Button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
