import { and, desc, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { articleVersions } from "@/db/schema";
import { claimAddresses, claimAt } from "@/lib/domain/claimAnchors";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { findPublicArticle, slugField } from "./publicArticle";

/** Earlier versions looked through, newest first: one query, however many versions and whatever fragment is asked. */
export const EARLIER_VERSIONS_LOOKED_AT = 20;

const earlierClaimQuery = z.strictObject({ slug: slugField, fragment: z.string().max(200) });

/**
 * The id of the claim a reader-page fragment (`claim-…`) named in the newest of the fact-check's earlier versions
 * that had it, for a fragment the current version no longer holds (a claim a later version removed); null when none
 * did, or the fact-check is not live. Public: it reads only what the versions published.
 */
export const findEarlierClaim = defineVerb(
  {
    name: "findEarlierClaim",
    permission: "public",
    input: safeParsed(earlierClaimQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<string | null> => {
    if (!query.success) return null;
    const article = await findPublicArticle(ctx.db, query.data.slug);
    if (article?.kind !== "live") return null;
    // Only each version's claims, never its body, which can be megabytes long.
    const versions = await ctx.db
      .select({
        claims: sql<Pick<PublishedClaim, "id" | "number" | "start" | "end" | "legacyNumber">[]>`${articleVersions.snapshot}->'claims'`,
        numbering: sql<string | null>`${articleVersions.snapshot}->>'numbering'`,
      })
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, article.id), lt(articleVersions.number, article.latestNumber)))
      .orderBy(desc(articleVersions.number))
      .limit(EARLIER_VERSIONS_LOOKED_AT);
    for (const { claims, numbering } of versions) {
      const address = claimAt(claimAddresses({ claims, numbering: numbering ?? undefined }), query.data.fragment);
      if (address) return address.id;
    }
    return null;
  },
);
