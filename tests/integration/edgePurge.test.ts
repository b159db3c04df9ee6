import http from "node:http";
import type { AddressInfo } from "node:net";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { deliverDueMessages } from "@/lib/services/outbox/outboxWorker";
import { makeArticle, makeUser, publishAsShown, spanOf } from "./factories";

// Changes readers see purge exactly the keys of the answers that show them from the shared caches PURGE_URL names,
// once their transaction has committed (lib/services/publishing/purgeKeys.ts). A stand-in Varnish records the purges.

const purges: { method: string; keys: string[] }[] = [];
let cache: http.Server;
let saved: string | undefined;
let failNext = 0;

beforeAll(async () => {
  cache = http.createServer((req, res) => {
    if (failNext > 0) {
      failNext -= 1;
      res.writeHead(503).end();
      return;
    }
    purges.push({ method: req.method ?? "", keys: String(req.headers["xkey-purge"] ?? "").split(" ") });
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => cache.listen(0, "127.0.0.1", resolve));
  saved = process.env.PURGE_URL;
  process.env.PURGE_URL = `http://127.0.0.1:${(cache.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  if (saved === undefined) delete process.env.PURGE_URL;
  else process.env.PURGE_URL = saved;
  cache.closeAllConnections();
  await new Promise((resolve) => cache.close(resolve));
});

async function waitFor(done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`not purged in time: ${JSON.stringify(purges)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function purgeOf(key: string): Promise<string[]> {
  await waitFor(() => purges.some((purge) => purge.keys.includes(key)));
  return purges.find((purge) => purge.keys.includes(key))!.keys;
}

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";

describe("purging shared caches on change", () => {
  test("publishing and retracting purge the article, each of its claims and the lists, as PURGE with xkey-purge", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await makeArticle(editor);
    const verdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict.id, publicExplanation: "Data say 4.1.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: claim.version });

    failNext = 1; // the first attempt fails: it is retried
    await publishAsShown(editor, article.id);
    const keys = await purgeOf(`article:${article.slug}`);
    expect(keys.sort()).toEqual([`article:${article.slug}`, `claim:${claim.id}`, "feed", "home"].sort());
    expect(purges.find((purge) => purge.keys.includes(`article:${article.slug}`))!.method).toBe("PURGE");
    // Sent again a little later, past instances that still serve the old generation for a second.
    await waitFor(() => purges.filter((purge) => purge.keys.includes(`article:${article.slug}`)).length === 2);

    // A publication refused inside its transaction purges nothing.
    purges.length = 0;
    await expect(publishAsShown(editor, article.id, { changeNote: "Nothing changed." })).rejects.toBeInstanceOf(ValidationError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(purges).toEqual([]);

    purges.length = 0;
    await retractArticle(editor, { articleId: article.id, version: (await getWorkspace(editor, article.id)).article.version, reason: "Wrong data." });
    expect((await purgeOf(`article:${article.slug}`)).sort()).toEqual([`article:${article.slug}`, `claim:${claim.id}`, "feed", "home"].sort());
  });

  test("a purge a cache refused stays in the outbox and is retried until the cache takes it", async () => {
    const admin = await makeUser("admin");
    purges.length = 0;
    failNext = 100; // the cache is down: the fast path gives up
    await updateOrganisation(admin, { name: "Purged Later", url: "", description: "", contactEmail: "", logoUrl: "" });
    const db = await getDb();
    const [message] = await db.select().from(outboxMessages).where(eq(outboxMessages.topic, "cache_purge")).orderBy(desc(outboxMessages.createdAt)).limit(1);
    expect(message).toMatchObject({ status: "pending", payload: { keys: ["org"] } });
    await deliverDueMessages(db);
    const [refused] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, message!.id));
    expect(refused).toMatchObject({ status: "pending", attempts: 1 });
    expect(refused!.lastError).toMatch(/503/);

    failNext = 0; // back up: the next turn after the backoff purges it
    await deliverDueMessages(db, { now: new Date(Date.now() + 60_000) });
    const [done] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, message!.id));
    expect(done!.status).toBe("delivered");
    expect(purges.some((purge) => purge.keys.includes("org"))).toBe(true);
  });

  test("changing the organisation purges what names it, and nothing else", async () => {
    const admin = await makeUser("admin");
    purges.length = 0;
    await updateOrganisation(admin, { name: "Purged Newsroom", url: "", description: "", contactEmail: "", logoUrl: "" });
    expect(await purgeOf("org")).toEqual(["org"]);
  });
});
