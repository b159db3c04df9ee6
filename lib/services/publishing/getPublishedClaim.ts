import { and } from "drizzle-orm";
import { articles, articleVersions } from "@/db/schema";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { claimQuery, latestVersionJoin, notRetracted, versionClaimColumns, versionHasClaim } from "./publicQuery";
import type { PublishedClaimEntry } from "./publishedDto";

/**
 * One claim as readers see it now: in the current version of an article that is not retracted; null for anything
 * else (a malformed or unknown id, a claim not published or no longer in the current version). Public.
 */
export const getPublishedClaim = defineVerb(
  {
    name: "getPublishedClaim",
    permission: "public",
    input: safeParsed(claimQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<PublishedClaimEntry | null> => {
    if (!query.success) return null;
    const { claimId } = query.data;
    const [version] = await ctx.db
      .select(versionClaimColumns)
      .from(articles)
      .innerJoin(articleVersions, latestVersionJoin)
      .where(and(notRetracted, versionHasClaim(claimId)));
    if (!version) return null;
    const { claims, ...rest } = version;
    const index = claims.findIndex((claim) => claim.id === claimId);
    return index < 0 ? null : { ...rest, claim: claims[index]!, index };
  },
);
