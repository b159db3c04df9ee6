import { count, desc, inArray } from "drizzle-orm";
import { z } from "zod";
import { outboxMessages, outboxStatusEnum, type OutboxMessage, type OutboxStatus } from "@/db/schema";
import { mailEnabled } from "@/lib/config";
import type { MailPayload } from "../mail/mailPayloads";
import { defineVerb } from "../verb";
import type { OutboxListDto, OutboxMessageDto, OutboxMessageKind } from "./outboxMessageDto";
import { said } from "@/lib/core/zodWords";

/** Messages listed at most; the oldest beyond this are not shown. */
const LISTED = 200;

const listSchema = z
  .strictObject({ show: z.enum(["open", "delivered", "cancelled"], said("chooseMessageState")).optional() })
  .optional();

const SHOWN: Record<"open" | "delivered" | "cancelled", OutboxStatus[]> = {
  open: ["pending", "failed"],
  delivered: ["delivered"],
  cancelled: ["cancelled"],
};

const NOTIFICATION_KINDS = new Set<string>(["assigned", "returned", "signed_off", "mentioned"] satisfies OutboxMessageKind[]);

function kindOf(message: OutboxMessage): OutboxMessageKind {
  if (message.topic === "cache_purge") return "cache_purge";
  const payload = message.payload as Partial<MailPayload>;
  if (payload.type === "password_link") return payload.purpose === "reset" ? "password_reset" : "invitation";
  if (payload.type === "notification") return NOTIFICATION_KINDS.has(payload.kind ?? "") ? (payload.kind as OutboxMessageKind) : "notification";
  return "mail";
}

/**
 * The outbox for admins: messages waiting (pending, with why the last attempt failed) or given up (failed), newest
 * first; or those delivered or cancelled. Never a message's payload, which may hold a one-time link.
 */
export const listOutboxMessages = defineVerb(
  { name: "listOutboxMessages", permission: "outbox:manage", input: listSchema, audit: [] },
  async (ctx, data): Promise<OutboxListDto> => {
    const show = data?.show ?? "open";
    const rows = await ctx.db
      .select()
      .from(outboxMessages)
      .where(inArray(outboxMessages.status, SHOWN[show]))
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(LISTED);
    const tallies = await ctx.db.select({ status: outboxMessages.status, n: count() }).from(outboxMessages).groupBy(outboxMessages.status);
    const counts = Object.fromEntries(outboxStatusEnum.enumValues.map((status) => [status, tallies.find((t) => t.status === status)?.n ?? 0])) as Record<OutboxStatus, number>;
    const messages: OutboxMessageDto[] = rows.map((row) => ({
      id: row.id,
      kind: kindOf(row),
      recipient: row.recipient,
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt,
      lastError: row.lastError,
      createdAt: row.createdAt,
      deliveredAt: row.deliveredAt,
    }));
    return { messages, counts, mailEnabled: mailEnabled() };
  },
);
