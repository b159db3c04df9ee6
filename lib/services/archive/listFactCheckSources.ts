import { asc } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { defineVerb } from "../verb";
import { toSourceDto, type FactCheckSourceDto } from "./factCheckSourceDto";

/** The addresses the archive reads ClaimReviews from, in the order they were added, with how each last read went. */
export const listFactCheckSources = defineVerb({
  name: "listFactCheckSources",
  permission: "factcheck:import",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<FactCheckSourceDto[]> => {
  const rows = await ctx.db.select().from(factCheckSources).orderBy(asc(factCheckSources.addedAt), asc(factCheckSources.id));
  const now = new Date();
  return rows.map((row) => toSourceDto(row, now));
});
