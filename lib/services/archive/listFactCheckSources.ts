import { asc } from "drizzle-orm";
import { factCheckSources } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { defineVerb } from "../verb";
import { toSourceDto, type FactCheckSourceDto } from "./factCheckSourceDto";

/** The addresses the archive reads ClaimReviews from, in the order they were added, with how each last read went. */
export const listFactCheckSources = defineVerb("listFactCheckSources", async (ctx, _input: undefined): Promise<FactCheckSourceDto[]> => {
  await authorize(ctx, "factcheck:import");
  const rows = await ctx.db.select().from(factCheckSources).orderBy(asc(factCheckSources.addedAt), asc(factCheckSources.id));
  const now = new Date();
  return rows.map((row) => toSourceDto(row, now));
});
