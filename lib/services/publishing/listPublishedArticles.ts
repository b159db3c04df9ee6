import { z } from "zod";
import { defineVerb } from "../verb";
import type { PublishedArticleSummary } from "./publishedDto";
import { publishedSummaries } from "./publishedSummaries";
import { PUBLISHED_LISTED } from "@/lib/domain/limits";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(PUBLISHED_LISTED.max).default(PUBLISHED_LISTED.default) }).default({ limit: PUBLISHED_LISTED.default });

/** Published articles, most recently published first, with their verdict counts. Public: it reads only published versions. */
export const listPublishedArticles = defineVerb(
  {
    name: "listPublishedArticles",
    permission: "public",
    input: listSchema,
    audit: [],
    reads: "published",
  },
  async (ctx, { limit }): Promise<PublishedArticleSummary[]> => {
    return publishedSummaries(ctx.db, { limit });
  },
);
