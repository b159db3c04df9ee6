import { gunzipSync } from "node:zlib";
import { desc, gt } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { restoreDatabase, tableDigests } from "@/db/logicalDump";
import { auditLog } from "@/db/schema";
import { GET } from "@/app/api/operations/backup/route";
import { operatorToken, signOperatorToken } from "@/lib/auth/operatorToken";
import { getAuthSecret } from "@/lib/auth/secret";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { resetDatabase } from "./database";

// The backup a running server hands `npm run db:backup` (app/api/operations/backup): the whole database to the
// holder of the operator's token, and nothing, not even a reason, to anyone else.

function ask(token?: string): Promise<Response> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return GET(new Request("http://127.0.0.1:3000/api/operations/backup", { headers }));
}

async function latestAuditId(): Promise<number> {
  const [row] = await (await getDb()).select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

describe("the backup through the running server", () => {
  beforeEach(async () => {
    await resetDatabase();
    expect(await seedDemoNewsroom()).toBe(true);
  });

  test("with a fresh token: a backup that restores to the same rows, audited, never cached, and the token spent", async () => {
    const db = await getDb();
    const before = await tableDigests(db);
    const mark = await latestAuditId();
    const token = operatorToken();

    const response = await ask(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/gzip");
    const file = Buffer.from(await response.arrayBuffer());
    expect(file.length).toBe(Number(response.headers.get("content-length")));
    const lines = gunzipSync(file).toString("utf8").split("\n");

    const entries = await db.select().from(auditLog).where(gt(auditLog.id, mark));
    expect(entries.map((e) => [e.action, e.entityType, e.actorId])).toEqual([["database.backup", "database", null]]);
    expect(JSON.stringify(entries[0]!.after)).toMatch(/3 users/);

    expect((await ask(token)).status, "the same token twice").toBe(403);

    await resetDatabase();
    await restoreDatabase(db, lines);
    expect(await tableDigests(db)).toEqual(before);
  });

  test.each([
    ["no token", () => undefined],
    ["a stale token", () => signOperatorToken(getAuthSecret(), Date.now() - 61_000)],
    ["a token from the future", () => signOperatorToken(getAuthSecret(), Date.now() + 60_000)],
    ["a token made with another secret", () => signOperatorToken("not this installation's secret, but long enough")],
    ["a malformed token", () => "1700000000000.not-a-signature"],
  ])("with %s: 403, no data, nothing recorded", async (_name, token) => {
    const db = await getDb();
    const before = await tableDigests(db);
    const response = await ask(token());
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("");
    expect(await tableDigests(db)).toEqual(before);
  });

  test("a token that is not a bearer token is refused", async () => {
    const response = await GET(new Request("http://127.0.0.1:3000/api/operations/backup", { headers: { authorization: operatorToken() } }));
    expect(response.status).toBe(403);
  });
});
