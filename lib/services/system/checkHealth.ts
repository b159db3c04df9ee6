import { sql } from "drizzle-orm";
import { z } from "zod";
import { defineVerb } from "../verb";

/** Whether the database answers a trivial query. Public: load balancers ask it without signing in. */
export const checkHealth = defineVerb({
  name: "checkHealth",
  permission: "public",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<{ database: "ok" }> => {
  await ctx.db.execute(sql`select 1`);
  return { database: "ok" };
});
