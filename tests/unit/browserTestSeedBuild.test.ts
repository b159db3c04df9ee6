import { afterEach, describe, expect, test, vi } from "vitest";
import { ConfigError, loadConfig } from "@/lib/config";

// The browser tests' seeding route (app/api/test/seed/route.e2e.ts) exists only in a build for them, and a server
// outside demo mode refuses the token that opens it. (tests/integration/browserTestSeed.test.ts: the route itself.)

const TOKEN = "a".repeat(43);

/** next.config.js read afresh (a new query string is a new module), as a build started now would read it. */
let reads = 0;
async function nextConfig() {
  return (await import(/* @vite-ignore */ `../../next.config.js?read=${++reads}`)).default as { pageExtensions: string[] };
}

describe("the browser tests' seeding route", () => {
  afterEach(() => vi.unstubAllEnvs());

  test("is a route file only in a build for the browser tests", async () => {
    vi.stubEnv("FACTDESK_E2E_BUILD", "");
    expect((await nextConfig()).pageExtensions).not.toContain("e2e.ts");
    vi.stubEnv("FACTDESK_E2E_BUILD", "1");
    expect((await nextConfig()).pageExtensions).toContain("e2e.ts");
  });

  test("its token is taken in demo mode, refused outside it, and must be long and random-looking", () => {
    expect(loadConfig({ FACTDESK_TEST_SEED_TOKEN: TOKEN }).testSeedToken).toBe(TOKEN);
    expect(loadConfig({}).testSeedToken).toBeNull();
    expect(() => loadConfig({ FACTDESK_TEST_SEED_TOKEN: TOKEN, FACTDESK_DEMO: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ FACTDESK_TEST_SEED_TOKEN: TOKEN, DATABASE_URL: "postgres://u@db/f" })).toThrow(/FACTDESK_TEST_SEED_TOKEN/);
    expect(loadConfig({ FACTDESK_TEST_SEED_TOKEN: TOKEN, DATABASE_URL: "postgres://u@db/f", FACTDESK_DEMO: "1" }).testSeedToken).toBe(TOKEN);
    expect(() => loadConfig({ FACTDESK_TEST_SEED_TOKEN: "short" })).toThrow(ConfigError);
  });
});
