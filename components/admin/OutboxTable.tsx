"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import type { OutboxMessageDto } from "@/lib/services/outbox/outboxMessageDto";
import type { ActionResult } from "@/lib/web/actionResult";

const STATUS_WORDS = { pending: "Waiting", delivered: "Delivered", failed: "Failed", cancelled: "Cancelled" } as const;
const CELL = "px-3 py-2 align-top";

/** The outbox's messages: what, for whom, how it went (the mail server's answer), and Retry for what is not delivered. */
export function OutboxTable({ messages, retry }: { messages: OutboxMessageDto[]; retry: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const [result, retryAction, retrying] = useActionState(retry, null);
  return (
    <>
      {result ? <FormAlert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</FormAlert> : null}
      {messages.length === 0 ? (
        <p className="text-sm text-stone-700">No messages here.</p>
      ) : (
        <ScrollRegion label="Outbox messages">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className={CELL}>Message</th>
                <th scope="col" className={CELL}>To</th>
                <th scope="col" className={CELL}>Status</th>
                <th scope="col" className={CELL}>Attempts</th>
                <th scope="col" className={CELL}>Reason</th>
                <th scope="col" className={CELL}>Written</th>
                <th scope="col" className={CELL}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-stone-200">
                  <td className={CELL}>{message.about}</td>
                  <td className={CELL}>{message.recipient ?? "—"}</td>
                  <td className={CELL}>
                    {STATUS_WORDS[message.status]}
                    {message.status === "pending" && message.attempts > 0 ? (
                      <>
                        {" "}
                        (next try <LocalTime iso={message.nextAttemptAt.toISOString()} />)
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
                        <Button type="submit" variant="secondary" disabled={retrying} aria-label={`Retry: ${message.about} to ${message.recipient ?? "—"}`}>
                          Retry
                        </Button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
