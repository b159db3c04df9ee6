import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

// The server refuses to start on a setting it cannot use, naming it, before it loads the app.

const server = path.resolve(import.meta.dirname, "../../scripts/server.mjs");

function start(env: Record<string, string>) {
  const { FACTDESK_DEMO: _d, HOST: _h, DATABASE_URL: _u, PORT: _p, ...inherited } = process.env;
  return spawnSync(process.execPath, [server], { env: { ...inherited, NODE_ENV: "production", ...env }, encoding: "utf8", timeout: 30_000 });
}

describe("scripts/server.mjs refuses to start", () => {
  test("the demo newsroom on a public address, unless the operator confirms it", () => {
    const run = start({ FACTDESK_DEMO: "1", HOST: "0.0.0.0", PORT: "3999" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refusing to serve the demo newsroom on 0\.0\.0\.0/);
    expect(run.stderr).toMatch(/FACTDESK_DEMO=0/);
  });

  test("a bad setting, naming each bad variable", () => {
    const run = start({ PORT: "eighty", DATABASE_POOL_SIZE: "0", FACTDESK_IMPORT_TIMEOUT_MS: "soon" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT: use a whole number/);
    expect(run.stderr).toMatch(/DATABASE_POOL_SIZE: use at least 1/);
    expect(run.stderr).toMatch(/FACTDESK_IMPORT_TIMEOUT_MS: use a whole number/);
  });

  test("production on a Postgres server without AUTH_SECRET", () => {
    const run = start({ DATABASE_URL: "postgres://db.example.test/factdesk", FACTDESK_DEMO: "0" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/AUTH_SECRET: must be set/);
  });
});
