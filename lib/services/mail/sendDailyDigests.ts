import { z } from "zod";
import { mailEnabled } from "@/lib/config";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { queueDailyDigests } from "./dailyDigest";

const digestSchema = z.strictObject({ now: z.date().optional() }).optional();

/**
 * The schedule's daily digests, run by the server every minute: after the digest hour, each person who gathers some
 * kinds in a digest gets one mail with the day's notifications of those kinds, once (`now`: a clock of the tests' own).
 * No role may call it: only the server itself (the system context). One's own mail: not audited.
 */
export const sendDailyDigests = defineVerb(
  { name: "sendDailyDigests", permission: "system:maintain", input: digestSchema, audit: [] },
  async (ctx, data): Promise<{ queued: number }> => {
    if (!mailEnabled()) return { queued: 0 };
    return transaction(ctx, async (tx) => ({ queued: await queueDailyDigests(tx.db, data?.now) }));
  },
);
