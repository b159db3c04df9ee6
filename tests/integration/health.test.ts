import { afterEach, describe, expect, test } from "vitest";
import { closeDb } from "@/db/client";
import { GET } from "@/app/api/health/route";

describe("/api/health", () => {
  const saved = { url: process.env.DATABASE_URL };

  afterEach(async () => {
    await closeDb();
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
  });

  test("answers 200 ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("answers 503 with a reason when the database does not", async () => {
    await closeDb();
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/none";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ status: "error", reason: expect.stringMatching(/database/i) });
  });
});
