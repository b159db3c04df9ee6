import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { varnishInstalled } from "./scripts/varnish.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The token the test server's seeding route answers (tests/e2e/seed.ts): new for each run, made here in the runner
// before its workers start, so they and the server (through the environment) share it.
process.env.FACTDESK_TEST_SEED_TOKEN ??= randomBytes(32).toString("base64url");
const baseURL = `http://localhost:${PORT}`;
// The shipped Varnish configuration in front of the server, where varnishd is installed (tests/e2e/edge.spec.ts).
// Checked once: the workers inherit the answer ("" where it is not installed).
process.env.E2E_VARNISH_URL ??= varnishInstalled() ? `http://127.0.0.1:${PORT + 1}` : "";
const VARNISH_PORT = process.env.E2E_VARNISH_URL ? PORT + 1 : null;

// Debian's Chromium headless shell when it is there (this project's CI installs it: lighter than the full browser),
// else Debian's full Chromium, else Playwright's own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((candidate) => fs.existsSync(candidate));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // A test.only left in by mistake would silently skip the rest in CI.
  forbidOnly: Boolean(process.env.CI),
  workers: Number(process.env.E2E_WORKERS ?? 4),
  // In CI a failed test runs once more: about 120 tests share one server and one newsroom, and one publishing in the
  // middle of another's steps has failed a different test in each of several runs. A test that fails because its
  // feature is broken fails twice; one that passes on the second try is named in CI's summary as flaky, to be mended.
  retries: process.env.CI ? 1 : 0,
  // Several tests set up two or three staff accounts through the real invitation flow before their own steps.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  // Playwright empties its output folder on every run: keep it apart from the JSON reports beside it, and each run's
  // apart from the other's (CI's run on Postgres starts when the embedded one ends, and would empty its failures').
  outputDir: `${process.env.RESULTS_DIR ?? "test-results"}/playwright`,
  use: {
    baseURL,
    // A failed test keeps its trace (each step's DOM, network and console), without the screencast: recording
    // screenshots for every test, passing or not, took about a fifth of the browser leg's CPU on a 2-core machine.
    // CI records none (another 7 %): its output is text, and a failure there still leaves its screenshot and the
    // page's accessibility tree (error-context.md); run the test again locally for its trace.
    trace: process.env.CI ? "off" : { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /newsroomWide\// },
    // Tests that change what every reader sees (the newsroom's language): after all the others, which they would upset.
    { name: "newsroom-wide", use: { ...devices["Desktop Chrome"] }, testMatch: /newsroomWide\/.*\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    // The production build, on a fresh database (see scripts/e2e-server.mjs).
    command: "node scripts/e2e-server.mjs",
    // Through Varnish when it runs in front (passed on, never kept): up once both are.
    url: VARNISH_PORT ? `${process.env.E2E_VARNISH_URL}/api/health` : `${baseURL}/api/health`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT), FACTDESK_DEMO: "1", FACTDESK_ALLOW_PRIVATE_IMPORT: "1", ...(VARNISH_PORT ? { E2E_VARNISH_PORT: String(VARNISH_PORT) } : {}) },
  },
});
