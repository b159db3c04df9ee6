import { randomBytes } from "node:crypto";
import { eq, gt } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { POST } from "@/app/api/test/seed/route.e2e";
import { verifyCredentials } from "@/lib/auth/credentials";
import { anonymousContext } from "@/lib/core/context";
import type { SeedRecipe, SeedResult } from "@/lib/demo/browserTestSeed";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { resetDatabase, tableDigest } from "./database";
import { makeUser, publishedVersion, type ActorContext } from "./factories";

// The browser tests' seeding route (app/api/test/seed/route.e2e.ts): what a recipe makes, through the verbs and as
// the people it names; and that without the token the test server was started with it answers as if it did not exist.

const TOKEN = randomBytes(32).toString("base64url");
const JOBS = "Unemployment in the city fell to 3.2 percent last year.";
const BODY = `${JOBS}\nThe council met on Tuesday.`;

/** Posts the recipe with this Authorization header (none when undefined). */
function ask(recipe: unknown, authorization?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== undefined) headers.authorization = authorization;
  return POST(new Request("http://127.0.0.1:3000/api/test/seed", { method: "POST", headers, body: JSON.stringify(recipe) }));
}

let editor: ActorContext;
let reviewer: ActorContext;

function recipe(): SeedRecipe {
  return {
    users: [{ email: "Seeded.Person@Example.test", displayName: "Seeded Person", role: "reviewer", password: "quiet herons in the reeds" }],
    articles: [
      {
        by: editor.actor.email,
        title: "Seeded jobs figures",
        body: BODY,
        claims: [
          {
            quote: JOBS,
            reviewer: reviewer.actor.email,
            review: { verdict: "True", explanation: "The statistics office says so.", sources: [{ url: "https://stats.example.test/jobs" }] },
            signOff: true,
          },
          { quote: "The council met on Tuesday." },
        ],
        publish: {},
      },
    ],
  };
}

describe("the browser tests' seeding route", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.stubEnv("FACTDESK_DEMO", "1");
    vi.stubEnv("FACTDESK_TEST_SEED_TOKEN", TOKEN);
    editor = await makeUser("editor");
    reviewer = await makeUser("reviewer");
  });
  afterEach(() => vi.unstubAllEnvs());

  test("with the token: accounts that sign in, and an article whose claim each named person took to publication", async () => {
    const mark = (await (await getDb()).select({ id: auditLog.id }).from(auditLog)).reduce((max, row) => Math.max(max, row.id), 0);
    const response = await ask(recipe(), `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const made = (await response.json()) as SeedResult;

    expect(made.users).toEqual([{ id: expect.any(String), email: "seeded.person@example.test", displayName: "Seeded Person", role: "reviewer" }]);

    expect(made.articles).toEqual([{ id: expect.any(String), slug: "seeded-jobs-figures", claimIds: [expect.any(String), expect.any(String)], publishedVersion: 1 }]);
    expect(made.changes).toEqual([]);
    const version = await publishedVersion("seeded-jobs-figures");
    expect(version.snapshot.claims.map((claim) => [claim.quote, claim.verdict.label])).toEqual([[JOBS, "True"]]);

    // Every step is the verb's own, audited under the person who would have taken it at the desk.
    const entries = await (await getDb()).select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(gt(auditLog.id, mark));
    const byWhom = { [editor.actor.id]: "editor", [reviewer.actor.id]: "reviewer" };
    expect(entries.map((entry) => `${entry.actorId ? byWhom[entry.actorId] : "system"}: ${entry.action}`)).toEqual([
      "system: user.create",
      "editor: article.create",
      "editor: claim.create",
      "editor: claim.assign",
      "reviewer: claim.review",
      "editor: claim.sign_off",
      "editor: claim.create",
      "editor: article.publish",
    ]);
    expect(await verifyCredentials({ email: "seeded.person@example.test", password: "quiet herons in the reeds" })).toMatchObject({ ok: true });
  });

  test("changes to a seeded article: its text revised, a claim rated anew and published as a correction, retracted, published again", async () => {
    const made = (await (await ask(recipe(), `Bearer ${TOKEN}`)).json()) as SeedResult;
    const { id, slug, claimIds } = made.articles[0]!;
    const mark = (await (await getDb()).select({ id: auditLog.id }).from(auditLog)).reduce((max, row) => Math.max(max, row.id), 0);
    const ADDED = "The statistics office later revised its survey.";
    const change = (steps: Omit<NonNullable<SeedRecipe["changes"]>[number], "article" | "by">) =>
      ask({ changes: [{ article: id, by: editor.actor.email, ...steps }] }, `Bearer ${TOKEN}`);

    const corrected = await change({
      text: `${BODY}\n${ADDED}`,
      // The claim on the quote already: rated anew by its reviewer, not made again.
      claims: [{ quote: JOBS, review: { verdict: "Mostly true", explanation: "For one quarter only." }, signOff: true }],
      publish: { changeNote: "We had the survey's period wrong.", correction: true },
    });
    expect(corrected.status).toBe(200);
    expect(((await corrected.json()) as SeedResult).changes).toEqual([{ id, slug, claimIds: [claimIds[0]], publishedVersion: 2 }]);
    const second = await publishedVersion(slug, 2);
    expect(second.snapshot.body).toContain(ADDED);
    expect(second.snapshot.claims.map((claim) => claim.verdict.label)).toEqual(["Mostly true"]);
    expect(second).toMatchObject({ changeNote: "We had the survey's period wrong.", isCorrection: true });

    expect((await change({ retract: { reason: "The figures were withdrawn." } })).status).toBe(200);
    expect(await getPublishedVersion(anonymousContext(await getDb()), { slug })).toMatchObject({ kind: "retracted" });
    expect((await change({ publish: { changeNote: "Republished with the corrected figures." } })).status).toBe(200);
    expect((await publishedVersion(slug)).number).toBe(3);

    const entries = await (await getDb()).select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(gt(auditLog.id, mark));
    const byWhom = { [editor.actor.id]: "editor", [reviewer.actor.id]: "reviewer" };
    expect(entries.map((entry) => `${entry.actorId ? byWhom[entry.actorId] : "system"}: ${entry.action}`)).toEqual([
      "editor: article.revise_text",
      "reviewer: claim.review",
      "editor: claim.sign_off",
      "editor: article.publish",
      "editor: article.retract",
      "editor: article.publish",
    ]);
  });

  test.each([
    ["no Authorization header", undefined],
    ["a wrong token", `Bearer ${randomBytes(32).toString("base64url")}`],
    ["the token with a character missing", `Bearer ${TOKEN.slice(1)}`],
    ["an empty token", "Bearer "],
    ["the token without its Bearer", TOKEN],
  ])("with %s: 404, and nothing made", async (_label, authorization) => {
    const before = await tableDigest();
    const response = await ask(recipe(), authorization);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("");
    expect(await tableDigest()).toEqual(before);
  });

  test("on a server started without a token, even the right-looking one: 404, and nothing made", async () => {
    vi.stubEnv("FACTDESK_TEST_SEED_TOKEN", "");
    const before = await tableDigest();
    expect((await ask(recipe(), "Bearer ")).status).toBe(404);
    expect((await ask(recipe(), `Bearer ${TOKEN}`)).status).toBe(404);
    expect(await tableDigest()).toEqual(before);
  });

  test("a recipe that fails half-way makes nothing, and says why", async () => {
    const broken = recipe();
    broken.articles![0]!.claims!.push({ quote: "A sentence the article does not have." });
    const before = await tableDigest();
    const response = await ask(broken, `Bearer ${TOKEN}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("not in the article's text") });
    expect(await tableDigest()).toEqual(before);
    expect(await (await getDb()).select().from(users).where(eq(users.email, "seeded.person@example.test"))).toEqual([]);
  });

  test("an unknown field or a password too weak is refused as the verbs refuse it", async () => {
    expect((await ask({ users: [], surprise: true }, `Bearer ${TOKEN}`)).status).toBe(400);
    const weak = { users: [{ email: "weak@example.test", displayName: "Weak", role: "editor", password: "password" }] };
    expect((await ask(weak, `Bearer ${TOKEN}`)).status).toBe(400);
  });
});
