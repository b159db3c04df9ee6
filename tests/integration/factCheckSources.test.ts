import { randomUUID } from "node:crypto";
import { inEnglish } from "@/lib/core/serviceWords";
import { and, eq, isNotNull, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, factChecks, factCheckSources } from "@/db/schema";
import { atomFeed } from "@/lib/domain/atomFeed";
import { claimFragment } from "@/lib/domain/claimReview";
import { systemContext } from "@/lib/core/context";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { addFactCheckSource } from "@/lib/services/archive/addFactCheckSource";
import { importDueFactChecks } from "@/lib/services/archive/importDueFactChecks";
import { listFactCheckSources } from "@/lib/services/archive/listFactCheckSources";
import { readFactCheckSource } from "@/lib/services/archive/readFactCheckSource";
import { removeFactCheckSource } from "@/lib/services/archive/removeFactCheckSource";
import { leaseFrom } from "@/lib/services/archive/sourceReads";
import { startSourceSchedule } from "@/lib/startup";
import { startPublisher, publishThreeClaims, type Publisher } from "./claimReviewPublisher";
import { makeUser, publishedVersion } from "./factories";

const HOUR = 60 * 60 * 1000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

const review = (url: string, claim: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: claim,
  author: { "@type": "Organization", name: "Example Checks" },
  reviewRating: { "@type": "Rating", alternateName: "False" },
});

let publisher: Publisher;

beforeAll(async () => {
  publisher = await startPublisher();
});
afterAll(() => publisher.close());

// Every test starts with no source due: a source left scheduled by another test would be read by the next run.
afterEach(async () => {
  const db = await getDb();
  await db.delete(factCheckSources).where(isNotNull(factCheckSources.id));
});

/** Serves a JSON list of ClaimReviews at a fresh path of the publisher; returns its address and a way to change it. */
function servedList(reviews: object[]) {
  const path = `/checks/${randomUUID()}.json`;
  const serve = (list: object[]) => publisher.pages.set(path, { type: "application/json", body: JSON.stringify(list) });
  serve(reviews);
  return { url: `${publisher.site}${path}`, path, serve };
}

async function sourceRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(factCheckSources).where(eq(factCheckSources.id, id));
  return row!;
}

async function system() {
  return systemContext(await getDb());
}

describe("sources of other fact-checkers' ClaimReviews", () => {
  test("an editor adds a source with a schedule, lists it and removes it; repeats and odd schedules are refused", async () => {
    const editor = await makeUser("editor");
    const url = `${publisher.site}/checks/${randomUUID()}.json`;
    const added = await addFactCheckSource(editor, { url, everyHours: 24 });
    expect(added).toMatchObject({ url, everyHours: 24, kind: null, lastReadAt: null, reading: false, lastOutcome: null });
    expect(added.nextReadAt).not.toBeNull();
    expect((await listFactCheckSources(editor, undefined)).map((s) => s.id)).toEqual([added.id]);

    await expect(addFactCheckSource(editor, { url, everyHours: null })).rejects.toThrow("already in the list");
    await expect(addFactCheckSource(editor, { url: `${url}?other`, everyHours: 5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(addFactCheckSource(editor, { url: "https://user:secret@checks.example.org/" })).rejects.toThrow(/user name or password/);

    await removeFactCheckSource(editor, { sourceId: added.id });
    expect(await listFactCheckSources(editor, undefined)).toEqual([]);
    const db = await getDb();
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, added.id)).orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["factcheck.source_add", editor.actor.id],
      ["factcheck.source_remove", editor.actor.id],
    ]);
  });

  test("the schedule reads a source when it is due, and a second read adds only what is new", async () => {
    const editor = await makeUser("editor");
    const base = `https://checks.example.org/${randomUUID()}`;
    const list = servedList([review(`${base}#1`, "Crime fell by half."), review(`${base}#2`, "Bus fares doubled.")]);
    const { id } = await addFactCheckSource(editor, { url: list.url, everyHours: 1 });
    const start = later(new Date(), 1000);

    const [first, ...none] = await importDueFactChecks(await system(), { now: start });
    expect(none).toEqual([]);
    expect(first).toMatchObject({ imported: 2, skipped: [], failure: null, source: { id, kind: "claimreview", reading: false } });
    expect(await sourceRow(id)).toMatchObject({
      lastReadAt: start,
      lastSucceededAt: start,
      nextReadAt: later(start, HOUR),
      readingUntil: null,
      lastOutcome: { ok: true, imported: 2, skipped: 0, pages: 1 },
    });

    // Half an hour later it is not due: nothing is read.
    publisher.requests.clear();
    expect(await importDueFactChecks(await system(), { now: later(start, HOUR / 2) })).toEqual([]);
    expect(publisher.requests.size).toBe(0);

    // An hour later it is: the publisher has added a review, and only that one is added.
    list.serve([review(`${base}#1`, "Crime fell by half."), review(`${base}#2`, "Bus fares doubled."), review(`${base}#3`, "Taxes went up.")]);
    const [second] = await importDueFactChecks(await system(), { now: later(start, HOUR) });
    expect(second).toMatchObject({ imported: 1, failure: null });
    expect(second!.skipped.map((s) => [s.url, inEnglish(s.reason)])).toEqual([
      [`${base}#1`, "Already in the archive."],
      [`${base}#2`, "Already in the archive."],
    ]);
    const db = await getDb();
    expect((await db.select().from(factChecks).where(like(factChecks.url, `${base}%`))).map((r) => r.url).sort()).toEqual([`${base}#1`, `${base}#2`, `${base}#3`]);
    expect(await sourceRow(id)).toMatchObject({ lastReadAt: later(start, HOUR), nextReadAt: later(start, 2 * HOUR) });

    // Each read is audited as the server's (no actor), naming the source.
    const reads = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "factcheck.source_read"))).orderBy(auditLog.id);
    expect(reads.map((e) => [e.actorId, (e.after as { imported: number }).imported])).toEqual([
      [null, 2],
      [null, 1],
    ]);
  });

  test("Factdesk's own API and feed as scheduled sources: every review of the page, each with its #claim-N", async () => {
    const editor = await makeUser("editor");
    const slug = await publishThreeClaims();
    const page = `${publisher.site}/articles/${slug}`;
    const db = await getDb();
    await db.delete(factChecks).where(like(factChecks.url, `${publisher.site}/%`));
    const api = await addFactCheckSource(editor, { url: `${publisher.site}/api/v1/claim-reviews?perPage=2`, everyHours: 6 });
    const feed = await addFactCheckSource(editor, { url: `${publisher.site}/feed.xml`, everyHours: 6 });

    const reads = await importDueFactChecks(await system(), { now: later(new Date(), 1000) });
    expect(reads.map((r) => [r.source.id, r.source.kind, r.imported, r.failure])).toEqual([
      [api.id, "factdesk_api", 3, null],
      [feed.id, "feed", 0, null],
    ]);
    const urls = (await db.select().from(factChecks).where(like(factChecks.url, `${page}#%`))).map((r) => r.url).sort();
    const version = await publishedVersion(slug);
    expect(urls).toEqual(version.snapshot.claims.map((claim) => `${page}#${claimFragment(claim)}`).sort());
    // The feed's pages held the same reviews: each is listed as already in the archive.
    expect(reads[1]!.skipped.filter((s) => s.url?.startsWith(`${page}#`)).map((s) => inEnglish(s.reason))).toEqual(Array(3).fill("Already in the archive."));
  });

  test("a feed read again fetches only the pages of entries changed since the last good read (less a day)", async () => {
    const editor = await makeUser("editor");
    const start = later(new Date(), 1000);
    const old = `/old/${randomUUID()}`;
    const fresh = `/fresh/${randomUUID()}`;
    const pageWith = (path: string) => ({
      type: "text/html",
      body: `<html><head><script type="application/ld+json">${JSON.stringify(review(`${publisher.site}${path}`, `Claim on ${path}`))}</script></head></html>`,
    });
    publisher.pages.set(old, pageWith(old));
    publisher.pages.set(fresh, pageWith(fresh));
    const feedPath = `/feeds/${randomUUID()}.xml`;
    const serveFeed = (entries: { path: string; updated: Date }[]) =>
      publisher.pages.set(feedPath, {
        type: "application/atom+xml",
        body: atomFeed({
          id: `${publisher.site}${feedPath}`,
          title: "Checks",
          link: `${publisher.site}/`,
          self: `${publisher.site}${feedPath}`,
          author: "Example Checks",
          entries: entries.map(({ path, updated }) => ({ id: `${publisher.site}${path}`, title: path, link: `${publisher.site}${path}`, updated, summary: "" })),
        }),
      });
    serveFeed([{ path: old, updated: later(start, -3 * 24 * HOUR) }]);
    const { id } = await addFactCheckSource(editor, { url: `${publisher.site}${feedPath}`, everyHours: 1 });

    publisher.requests.clear();
    const [first] = await importDueFactChecks(await system(), { now: start });
    expect(first).toMatchObject({ imported: 1, failure: null });
    expect(publisher.requests.get(old)).toBe(1);

    serveFeed([
      { path: fresh, updated: later(start, HOUR / 2) },
      { path: old, updated: later(start, -3 * 24 * HOUR) },
    ]);
    const [second] = await importDueFactChecks(await system(), { now: later(start, HOUR) });
    expect(second).toMatchObject({ imported: 1, skipped: [], failure: null, source: { id } });
    expect(publisher.requests.get(fresh)).toBe(1);
    expect(publisher.requests.get(old)).toBe(1);
  });

  test("two runs at once never read the same source; a source being read is not due until its read counts as lost", async () => {
    const editor = await makeUser("editor");
    const ids = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await addFactCheckSource(editor, { url: servedList([review(`https://checks.example.org/${randomUUID()}`, `Claim ${i}`)]).url, everyHours: 24 })).id);
    }
    const now = later(new Date(), 1000);
    const [a, b] = await Promise.all([importDueFactChecks(await system(), { now }), importDueFactChecks(await system(), { now })]);
    const read = [...a, ...b].map((r) => r.source.id).sort();
    expect(read).toEqual([...ids].sort());

    // A source some instance took and never finished: not due while its read may still be going, due after.
    const db = await getDb();
    const taken = later(now, 48 * HOUR);
    await db.update(factCheckSources).set({ readingUntil: leaseFrom(taken) }).where(eq(factCheckSources.id, ids[0]!));
    expect((await importDueFactChecks(await system(), { now: later(taken, 60_000) })).map((r) => r.source.id)).not.toContain(ids[0]);
    expect((await importDueFactChecks(await system(), { now: later(leaseFrom(taken), 60_000) })).map((r) => r.source.id)).toEqual([ids[0]]);
  });

  test("read now: imports at once and restarts the schedule; a source that cannot be read keeps the reason, and nothing is thrown", async () => {
    const editor = await makeUser("editor");
    const base = `https://checks.example.org/${randomUUID()}`;
    const list = servedList([review(base, "Crime fell by half.")]);
    const { id } = await addFactCheckSource(editor, { url: list.url });
    const read = await readFactCheckSource(editor, { sourceId: id });
    expect(read).toMatchObject({ imported: 1, failure: null, source: { id, kind: "claimreview", everyHours: null, nextReadAt: null } });
    const succeeded = (await sourceRow(id)).lastSucceededAt;

    publisher.pages.set(list.path, { type: "text/html", body: "Down for maintenance", status: 503 });
    const failed = await readFactCheckSource(editor, { sourceId: id });
    expect(failed.failure).toMatch(/503/);
    expect(failed.source.lastOutcome).toEqual({ ok: false, message: failed.failure });
    expect(await sourceRow(id)).toMatchObject({ lastSucceededAt: succeeded, readingUntil: null });

    // Another instance reading it now: the editor is told, and nothing is read twice.
    const db = await getDb();
    await db.update(factCheckSources).set({ readingUntil: leaseFrom(new Date()) }).where(eq(factCheckSources.id, id));
    await expect(readFactCheckSource(editor, { sourceId: id })).rejects.toBeInstanceOf(ConflictError);
  });

  test("the server's timer runs what is due every minute", async () => {
    const editor = await makeUser("editor");
    const list = servedList([review(`https://checks.example.org/${randomUUID()}`, "Crime fell by half.")]);
    const { id } = await addFactCheckSource(editor, { url: list.url, everyHours: 24 });
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const stop = startSourceSchedule();
    try {
      expect(startSourceSchedule()).toBe(stop);
      expect((await sourceRow(id)).lastReadAt).toBeNull();
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(async () => expect((await sourceRow(id)).lastOutcome).toMatchObject({ ok: true, imported: 1 }), { timeout: 10_000 });
    } finally {
      stop();
      vi.useRealTimers();
    }
    const db = await getDb();
    const entries = await db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: "factcheck.source_add", actorId: editor.actor.id },
      { action: "factcheck.source_read", actorId: null },
    ]);
  });
});
