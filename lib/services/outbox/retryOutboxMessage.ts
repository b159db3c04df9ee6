import { eq } from "drizzle-orm";
import { z } from "zod";
import { outboxMessages } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const retrySchema = z.strictObject({ id: z.uuid(said("unknownMessage")) });

/**
 * An admin sends a message that is not delivered again now: a failed one (given up after its last attempt) or a
 * pending one waiting for its next. Its attempts start again from none; the worker takes it on its next turn.
 */
export const retryOutboxMessage = defineVerb(
  {
    name: "retryOutboxMessage",
    permission: "outbox:manage",
    input: retrySchema,
    audit: [{ action: "outbox.retry", entityType: "outbox_message", records: "both" }],
  },
  async (ctx, data): Promise<{ id: string; status: "pending" }> => {
    return transaction(ctx, async (tx) => {
      const [message] = await tx.db.select().from(outboxMessages).where(eq(outboxMessages.id, data.id)).for("update");
      if (!message) throw new NotFoundError(words("messageNotFound"));
      if (message.status !== "failed" && message.status !== "pending") {
        throw new ValidationError(message.status === "delivered" ? words("messageDelivered") : words("messageCancelled"));
      }
      await tx.db
        .update(outboxMessages)
        // A worker delivering it now keeps its lease: the message is not taken twice.
        .set({ status: "pending", attempts: 0, nextAttemptAt: new Date() })
        .where(eq(outboxMessages.id, message.id));
      await recordAudit(tx, {
        action: "outbox.retry",
        entityType: "outbox_message",
        entityId: message.id,
        before: { status: message.status, attempts: message.attempts, lastError: message.lastError, recipient: message.recipient },
        after: { status: "pending", attempts: 0 },
      });
      return { id: message.id, status: "pending" as const };
    });
  },
);
