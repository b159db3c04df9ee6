import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The Varnish test (tests/varnish/edge.spec.ts): the production build behind the shipped deploy/varnish/default.vcl.
// Not part of the browser suite: `npx playwright test -c tests/varnish/playwright.config.ts` (VARNISH_APP_PORT picks
// the app's port, Varnish listens on the next one; VARNISH_DATABASE_URL runs it on an empty Postgres database).
const APP_PORT = Number(process.env.VARNISH_APP_PORT ?? 3180);
const VARNISH_PORT = APP_PORT + 1;

const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((candidate) => fs.existsSync(candidate));

export default defineConfig({
  testDir: ".",
  testMatch: "edge.spec.ts",
  workers: 1,
  timeout: 120_000,
  reporter: [["list"]],
  outputDir: path.resolve(import.meta.dirname, "..", "..", "test-results", "varnish"),
  use: {
    baseURL: `http://127.0.0.1:${VARNISH_PORT}`,
    launchOptions: { executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node tests/varnish/edgeServers.mjs",
    cwd: path.resolve(import.meta.dirname, "..", ".."),
    // Through Varnish (passed on, never kept): up once both are.
    url: `http://127.0.0.1:${VARNISH_PORT}/api/health`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { APP_PORT: String(APP_PORT), VARNISH_PORT: String(VARNISH_PORT), VARNISH_APP_BASE: `http://127.0.0.1:${APP_PORT}` },
  },
});
