import { z } from "zod";
import { mailEnabled } from "@/lib/config";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { mailDueReminders, materializeDueReminders } from "./dueReminders";

/**
 * The schedule's reminders, run by the server every minute: each open claim due tomorrow, and each past its due date,
 * reminds its reviewer once (in the app, and by mail when mail is set up and they want it). No role may call it: only
 * the server itself (the system context). Reminders are not the newsroom's work: not audited.
 */
export const sendDueReminders = defineVerb(
  { name: "sendDueReminders", permission: "system:maintain", input: z.void(), audit: [] },
  async (ctx): Promise<{ mailed: number }> => {
    return transaction(ctx, async (tx) => {
      await materializeDueReminders(tx.db);
      return { mailed: mailEnabled() ? await mailDueReminders(tx.db) : 0 };
    });
  },
);
