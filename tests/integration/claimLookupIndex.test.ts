import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { articleVersions } from "@/db/schema";
import { versionHasClaim } from "@/lib/services/publishing/publicQuery";

// Embeds and oEmbed look a claim up by any id a stranger asks for: the condition their verbs share must be one an index
// answers, not a read of every published version.
test("the versions that published a claim are found through an index", async () => {
  const db = await getDb();
  const plan = await db.transaction(async (tx) => {
    // With a handful of rows a sequential scan is cheapest: forbid it, so the plan says whether the index can serve.
    await tx.execute(sql`set local enable_seqscan = off`);
    return rowsOf<{ "QUERY PLAN": string }>(await tx.execute(sql`explain select 1 from ${articleVersions} where ${versionHasClaim(randomUUID())}`));
  });
  expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("article_versions_claims_idx");
});
