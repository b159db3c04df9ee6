import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./fixtures";

// When the database goes away, every page that needs it answers 503 with a plain page, forms say so, and the app
// recovers by itself when the database is back. A second instance of the app is started here against the browser
// tests' Postgres database through a TCP proxy of the test's own, which the test cuts and restores.

const DATABASE = process.env.E2E_DATABASE_URL;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BASE = `http://localhost:${PORT}`;
const DOWN = "We can't reach the database right now";

test.skip(!DATABASE, "needs a Postgres server (E2E_DATABASE_URL); the embedded database cannot be cut off");

/** A TCP proxy to the database that can be cut (refusing and dropping connections) and restored. */
class CuttableProxy {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

let proxy: CuttableProxy;
let app: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const target = new URL(DATABASE!);
  proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.open();
  const viaProxy = new URL(DATABASE!);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  app = spawn(process.execPath, [path.resolve("scripts/server.mjs")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: viaProxy.toString(),
      AUTH_SECRET: "database-down-test-secret-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      FACTDESK_DEMO: "1",
      DATABASE_CONNECT_TIMEOUT_S: "2",
    },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status, { timeout: 90_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await proxy?.cut();
});

async function signInHere(page: Page, email: string) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

test("with the database cut off, pages answer 503, forms say so, and the app recovers by itself", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInHere(page, DEMO.editor);
  await page.getByRole("link", { name: /Russia Accuses Ukraine/ }).click();
  await expect(page.getByRole("listbox", { name: "Claims" })).toBeVisible();
  const loginPage = await (await browser.newContext()).newPage();
  await loginPage.goto(`${BASE}/login`);

  await proxy.cut();

  const [desk, firstAnswerMs] = await timed(() => page.request.get(`${BASE}/desk`));
  expect(desk.status()).toBe(503);
  expect(desk.headers()["retry-after"]).toBe("30");
  // The server's own page carries the headers of any other page.
  expect(desk.headers()).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff" });
  expect(desk.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await desk.text()).toContain(DOWN);
  for (const url of ["/", "/articles/no-such-article", "/admin/audit"]) {
    const response = await page.request.get(`${BASE}${url}`);
    expect(response.status(), url).toBe(503);
    expect(await response.text(), url).toContain(DOWN);
  }
  expect((await page.request.get(`${BASE}/api/health`)).status()).toBe(503);

  // A form's server action says so, and keeps what was typed.
  await page.getByRole("button", { name: "Edit details" }).click();
  const title = page.getByLabel("Title", { exact: true });
  await title.fill("A title typed while the database was down");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("alert").filter({ hasText: DOWN })).toBeVisible();
  await expect(title).toHaveValue("A title typed while the database was down");

  // Signing in says the database is down, not that the password is wrong.
  await loginPage.getByLabel("Email").fill(DEMO.editor);
  await loginPage.getByLabel("Password").fill(DEMO_PASSWORD);
  await loginPage.getByRole("button", { name: "Sign in" }).click();
  await expect(loginPage.getByRole("alert").filter({ hasText: DOWN })).toBeVisible();

  await proxy.open();
  const started = performance.now();
  // Back within seconds, not after the database driver's reconnect delay (which grew to 20 s during an outage).
  await expect.poll(async () => (await page.request.get(`${BASE}/desk`)).status(), { intervals: [100], timeout: 10_000 }).toBe(200);
  const recoveredMs = Math.round(performance.now() - started);
  expect((await page.request.get(`${BASE}/api/health`)).status()).toBe(200);
  console.info(`database down: first 503 answered in ${firstAnswerMs} ms; recovered ${recoveredMs} ms after the database was back`);
});
