import net from "node:net";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { getDb, openDatabase, type Opened } from "@/db/client";
import { copyDatabase } from "@/db/logicalDump";
import { closeReplicaDb, getReplicaDb } from "@/db/readReplica";
import { articles, articleVersions } from "@/db/schema";
import { loadConfig } from "@/lib/config";
import { getReaderContext } from "@/lib/core/database";
import { READ_REPLICA_CHECK_TIMEOUT_MS } from "@/lib/domain/limits";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { listPublicArticles } from "@/lib/services/publishing/listPublicArticles";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { anonymousCtx, makeArticle, makeUser, publishAsShown } from "./factories";

// Readers' reads of published data on a read replica (DATABASE_READ_URL, lib/core/publicReads.ts). The "replica" is
// a second database on the test server, brought up to date by copying the primary into it (replicate()); what it
// holds beyond that (a marker title) shows which database a read came from.

describe("DATABASE_READ_URL", () => {
  test("is refused without DATABASE_URL (the embedded database has no replicas), and must be a postgres:// address", () => {
    expect(() => loadConfig({ DATABASE_READ_URL: "postgres://u@replica:5432/factdesk" })).toThrow(
      /DATABASE_READ_URL: is a read replica of the Postgres server in DATABASE_URL: set DATABASE_URL too/,
    );
    const both = { DATABASE_URL: "postgres://u@primary:5432/factdesk", DATABASE_READ_URL: "postgres://u@replica:5432/factdesk" };
    expect(loadConfig(both).databaseReadUrl).toBe(both.DATABASE_READ_URL);
    expect(loadConfig({ DATABASE_URL: both.DATABASE_URL }).databaseReadUrl).toBeNull();
    expect(() => loadConfig({ ...both, DATABASE_READ_URL: "mysql://replica/f" })).toThrow(/DATABASE_READ_URL: use a postgres:\/\/ address/);
  });
});

const primaryUrl = process.env.TEST_DATABASE_URL;

describe.runIf(Boolean(primaryUrl))("readers' reads on a read replica", () => {
  const address = new URL(primaryUrl ?? "postgres://localhost/none");
  const replicaName = `${address.pathname.slice(1)}_replica`;
  const replicaUrl = Object.assign(new URL(address), { pathname: `/${replicaName}` }).toString();
  let admin: postgres.Sql;
  let replica: Opened;

  beforeAll(async () => {
    admin = postgres(address.toString(), { max: 1, onnotice: () => {} });
    await admin`drop database if exists ${admin(replicaName)} with (force)`;
    await admin`create database ${admin(replicaName)}`;
    replica = await openDatabase({ databaseUrl: replicaUrl }); // migrated: the primary's schema
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await closeReplicaDb();
    await replica?.close();
    if (!admin) return;
    await admin`drop database if exists ${admin(replicaName)} with (force)`;
    await admin.end();
  });

  // A pool of its own for each test, so that one test's replica left alone (READ_REPLICA_RETRY_MS) is not the next one's.
  beforeEach(async () => {
    await closeReplicaDb();
    vi.stubEnv("DATABASE_READ_URL", replicaUrl);
  });
  afterEach(() => vi.unstubAllEnvs());

  /** The replica catches up: it holds exactly what the primary holds. */
  async function replicate(): Promise<void> {
    const primary: Opened = { db: await getDb(), driver: "postgres", close: async () => {} };
    const { differing } = await copyDatabase(primary, replica, { force: true });
    expect(differing).toEqual([]);
  }

  /** A published article whose title on the replica only is `marker`. */
  async function publishedWithMarker(title: string, marker: string) {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, title);
    await publishAsShown(editor, article.id);
    await replicate();
    await replica.db.update(articleVersions).set({ title: marker }).where(eq(articleVersions.articleId, article.id));
    return { editor, article };
  }

  async function readerTitle(slug: string): Promise<string | undefined> {
    const list = await listPublicArticles(await getReaderContext(), { perPage: 100 });
    return list.items.find((item) => item.slug === slug)?.title;
  }

  test("a replica as current as the primary answers readers; staff reads and other contexts stay on the primary", async () => {
    const { editor, article } = await publishedWithMarker("Harbour dredging costs", "Only on the replica");

    expect(await readerTitle(article.slug)).toBe("Only on the replica");
    // The same verb with a context that is not a reader's request, and the desk, read the primary.
    const direct = await listPublicArticles(await anonymousCtx(), { perPage: 100 });
    expect(direct.items.find((item) => item.slug === article.slug)?.title).toBe("Harbour dredging costs");
    expect((await getWorkspace(editor, article.id)).article.title).toBe("Harbour dredging costs");
    // The replica's sessions are read-only.
    const replicaDb = (await getReplicaDb())!;
    await expect(replicaDb.update(articles).set({ title: "x" }).where(eq(articles.id, article.id))).rejects.toMatchObject({
      cause: { code: "25006", message: expect.stringMatching(/read-only transaction/) },
    });
  });

  test("a replica behind the primary (a retraction it has not applied) is not read: the retraction shows at once", async () => {
    const { editor, article } = await publishedWithMarker("Ferry timetable claims", "Stale copy on the replica");
    expect(await readerTitle(article.slug)).toBe("Stale copy on the replica");

    const shown = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.article.version, reason: "The timetable was misread." });
    // The primary's generation moved; the replica's did not (nothing copied), and it still holds the article.
    const [held] = await replica.db.select({ retractedAt: articles.retractedAt }).from(articles).where(eq(articles.id, article.id));
    expect(held!.retractedAt).toBeNull();

    expect(await readerTitle(article.slug)).toBeUndefined();
    expect(await getPublishedVersion(await getReaderContext(), { slug: article.slug })).toMatchObject({ kind: "retracted" });

    // Once the replica has caught up it answers again.
    const other = await publishedWithMarker("Library opening hours", "Replica caught up");
    expect(await readerTitle(other.article.slug)).toBe("Replica caught up");
    expect(await getPublishedVersion(await getReaderContext(), { slug: article.slug })).toMatchObject({ kind: "retracted" });
  });

  test("a replica that refuses connections or does not answer: readers' reads go to the primary, within the check's time limit", async () => {
    const { article } = await publishedWithMarker("Bridge repair budget", "Never read");

    vi.stubEnv("DATABASE_READ_URL", "postgres://postgres@127.0.0.1:1/factdesk");
    expect(await readerTitle(article.slug)).toBe("Bridge repair budget");

    // A server that takes the connection and never answers (a replica hung, or a firewall dropping packets).
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      vi.stubEnv("DATABASE_READ_URL", `postgres://postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/factdesk`);
      const started = Date.now();
      expect(await readerTitle(article.slug)).toBe("Bridge repair budget");
      expect(Date.now() - started).toBeLessThan(READ_REPLICA_CHECK_TIMEOUT_MS + 5_000); // without the limit: never
      // Left alone for a while: the next read does not wait for it again.
      const again = Date.now();
      expect(await readerTitle(article.slug)).toBe("Bridge repair budget");
      expect(Date.now() - again).toBeLessThan(READ_REPLICA_CHECK_TIMEOUT_MS);
    } finally {
      for (const socket of held) socket.destroy();
      silent.close();
      await closeReplicaDb();
    }
  });

  test("a replica that fails during the read: the read runs again on the primary", async () => {
    const { article } = await publishedWithMarker("Tram line extension", "Never read either");
    // The generation check passes; the read itself fails on the replica.
    await replica.db.execute(sql`alter table article_versions rename to article_versions_away`);
    try {
      expect(await readerTitle(article.slug)).toBe("Tram line extension");
    } finally {
      await replica.db.execute(sql`alter table article_versions_away rename to article_versions`);
    }
  });
});
