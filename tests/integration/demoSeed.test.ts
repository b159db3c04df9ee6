import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, sessions, users } from "@/db/schema";
import { loadSessionUser, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { actorContext, systemContext } from "@/lib/core/context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { SAMPLE_ARTICLE } from "@/lib/demo/sampleArticle";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { startFactdesk } from "@/lib/startup";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { resetDatabase, tableDigest } from "./database";
import { anonymousCtx, makeUser, publishedVersion } from "./factories";

describe("the demo newsroom", () => {
  beforeEach(() => vi.stubEnv("FACTDESK_DEMO", "1"));
  afterEach(() => vi.unstubAllEnvs());

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

describe("a database once served in demo mode, served outside it", () => {
  afterEach(() => vi.unstubAllEnvs());

  async function seededInDemoMode() {
    await resetDatabase();
    vi.stubEnv("FACTDESK_DEMO", "1");
    await seedDemoNewsroom();
    const admin = await verifyCredentials({ email: "admin@factdesk.test", password: DEMO_PASSWORD });
    if (!admin.ok) throw new Error("the demo admin cannot sign in in demo mode");
    vi.stubEnv("FACTDESK_DEMO", "0");
    return admin.user;
  }

  test("start-up switches the demo accounts off, ends their sessions and says so in the audit log", async () => {
    const admin = await seededInDemoMode();
    await startFactdesk();

    for (const account of DEMO_ACCOUNTS) {
      expect(await verifyCredentials({ email: account.email, password: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await loadSessionUser(admin.id, admin.sessionVersion, admin.sessionId)).toBeNull();
    const db = await getDb();
    const rows = await db.select({ email: users.email, active: users.active, passwordHash: users.passwordHash }).from(users);
    expect(rows.filter((row) => DEMO_ACCOUNTS.some((a) => a.email === row.email))).toEqual(
      DEMO_ACCOUNTS.map((a) => expect.objectContaining({ email: a.email, active: false, passwordHash: null })),
    );
    const [revoked] = await db.select({ revokedAt: sessions.revokedAt }).from(sessions).where(eq(sessions.id, admin.sessionId));
    expect(revoked?.revokedAt).not.toBeNull();
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "user.deactivate"), sql`${auditLog.actorId} IS NULL`));
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => (e.after as { reason: string }).reason)).toEqual(Array(3).fill("demo_account"));

    // A second start finds nothing left to switch off, and writes nothing.
    await startFactdesk();
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "user.deactivate"))).toHaveLength(3);
  });

  test("without that start-up (another instance, a reactivated account), the demo accounts still cannot sign in", async () => {
    await seededInDemoMode();
    for (const account of DEMO_ACCOUNTS) {
      expect(await verifyCredentials({ email: account.email.toUpperCase(), password: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: "invalid" });
    }
    const db = await getDb();
    const refusals = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_failed"));
    expect(refusals.map((e) => (e.after as { reason: string }).reason)).toEqual(Array(3).fill("demo_account"));
  });

  test("the demo's published password signs no account in outside demo mode", async () => {
    await resetDatabase();
    const { actor } = await makeUser("admin", "real-admin");
    const db = await getDb();
    await db.update(users).set({ passwordHash: await hashPassword(DEMO_PASSWORD) }).where(eq(users.id, actor.id));
    vi.stubEnv("FACTDESK_DEMO", "1");
    expect((await verifyCredentials({ email: actor.email, password: DEMO_PASSWORD })).ok).toBe(true);
    vi.stubEnv("FACTDESK_DEMO", "0");
    expect(await verifyCredentials({ email: actor.email, password: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: "invalid" });
  });

  test("an admin who reactivates a switched-off demo account does not bring its password back", async () => {
    await seededInDemoMode();
    await startFactdesk();
    const db = await getDb();
    const [demoAdmin] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin@factdesk.test"));
    await setUserActive(systemContext(db), { userId: demoAdmin!.id, active: true });
    vi.stubEnv("FACTDESK_DEMO", "1");
    expect(await verifyCredentials({ email: "admin@factdesk.test", password: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: "invalid" });
  });
});
