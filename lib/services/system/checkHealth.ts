import { sql } from "drizzle-orm";
import { defineVerb } from "../verb";

/** Whether the database answers a trivial query. Public: load balancers ask it without signing in. */
export const checkHealth = defineVerb("checkHealth", async (ctx, _input: void): Promise<{ database: "ok" }> => {
  await ctx.db.execute(sql`select 1`);
  return { database: "ok" };
});
