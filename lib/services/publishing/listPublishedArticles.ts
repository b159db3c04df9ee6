import { z } from "zod";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { PublishedArticleSummary } from "./publishedDto";
import { publishedSummaries } from "./publishedSummaries";
import { PUBLISHED_LISTED } from "@/lib/domain/limits";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(PUBLISHED_LISTED.max).default(PUBLISHED_LISTED.default) }).default({ limit: PUBLISHED_LISTED.default });

/** Published articles, most recently published first, with their verdict counts. Public: it reads only published versions. */
export const listPublishedArticles = defineVerb(
  "listPublishedArticles",
  async (ctx, input: z.input<typeof listSchema> | void): Promise<PublishedArticleSummary[]> => {
    const { limit } = parseInput(listSchema, input ?? undefined);
    return publishedSummaries(ctx.db, { limit });
  },
);
