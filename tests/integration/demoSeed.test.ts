import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { verifyCredentials } from "@/lib/auth/credentials";
import { actorContext } from "@/lib/core/context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { SAMPLE_ARTICLE } from "@/lib/demo/sampleArticle";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { resetDatabase, tableDigest } from "./database";
import { anonymousCtx, publishedVersion } from "./factories";

describe("the demo newsroom", () => {
  test("seeds three accounts, a published sample article and a draft, once", async () => {
    await resetDatabase();
    expect(await seedDemoNewsroom()).toBe(true);
    expect(await seedDemoNewsroom()).toBe(false);

    for (const account of DEMO_ACCOUNTS) {
      const result = await verifyCredentials({ email: account.email, password: DEMO_PASSWORD });
      expect(result).toMatchObject({ ok: true, user: { role: account.role } });
    }

    const reader = await anonymousCtx();
    const published = await listPublishedArticles(reader);
    expect(published).toHaveLength(1);
    const version = await publishedVersion(published[0]!.slug);
    expect(version?.snapshot.body).toBe(SAMPLE_ARTICLE.body);
    expect(version?.snapshot.source.outlet).toBe("The Daily Wire");
    // Three claims are signed off; the others are still in the workflow and stay private.
    expect(version?.snapshot.claims.map((c) => c.verdict.label)).toEqual(["Unproven", "True", "Mostly true"]);
    for (const claim of version!.snapshot.claims) {
      expect(SAMPLE_ARTICLE.body.slice(claim.start, claim.end)).toBe(claim.quote);
    }

    const reviewer = await verifyCredentials({ email: "reviewer@factdesk.test", password: DEMO_PASSWORD });
    const editor = await verifyCredentials({ email: "editor@factdesk.test", password: DEMO_PASSWORD });
    if (!reviewer.ok || !editor.ok) throw new Error("demo staff cannot sign in");
    const desk = await listDeskArticles(actorContext(await getDb(), editor.user));
    expect(desk.articles).toHaveLength(2);
    expect(desk.articles.find((a) => a.publishedVersion === null)?.title).toMatch(/demo draft/i);
    // The reviewer's desk holds only the article with claims assigned to them: not the draft.
    const reviewerDesk = await listDeskArticles(actorContext(await getDb(), reviewer.user));
    expect(reviewerDesk.articles.map((a) => a.publishedVersion)).toEqual([1]);
    expect((await getOrganisation(reader)).name).toBe("Factdesk Demo Newsroom");
  });

  test("a seed that fails half-way leaves nothing behind, and the next start seeds it whole", async () => {
    await resetDatabase();
    const db = await getDb();
    const empty = await tableDigest();
    // A failure late in the seed, after accounts, the article and its claims are written: publishing is refused.
    await db.execute(sql`CREATE FUNCTION refuse_publish() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.execute(sql`CREATE TRIGGER refuse_publish BEFORE INSERT ON article_versions FOR EACH ROW EXECUTE FUNCTION refuse_publish()`);
    try {
      await expect(seedDemoNewsroom()).rejects.toHaveProperty("cause.message", "injected failure");
      expect(await tableDigest()).toEqual(empty);
    } finally {
      await db.execute(sql`DROP TRIGGER refuse_publish ON article_versions`);
      await db.execute(sql`DROP FUNCTION refuse_publish()`);
    }
    expect(await seedDemoNewsroom()).toBe(true);
    expect(await listPublishedArticles(await anonymousCtx())).toHaveLength(1);
  });
});
