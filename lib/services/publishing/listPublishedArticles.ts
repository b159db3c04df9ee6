import { z } from "zod";
import { defineVerb } from "../verb";
import type { PublishedArticleSummary } from "./publishedDto";
import { publishedSummaries } from "./publishedSummaries";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 });

/** Published articles, most recently published first, with their verdict counts. Public: it reads only published versions. */
export const listPublishedArticles = defineVerb(
  {
    name: "listPublishedArticles",
    permission: "public",
    input: listSchema,
    audit: [],
  },
  async (ctx, { limit }): Promise<PublishedArticleSummary[]> => {
    return publishedSummaries(ctx.db, { limit });
  },
);
