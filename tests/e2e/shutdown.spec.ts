import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// SIGTERM, as a process manager or an orchestrator sends it: the server stops accepting, finishes the request it is
// serving, closes the embedded database and releases its folder, so the next start on that folder needs no clean-up.

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.E2E_PORT ?? 3100) + 23;

function startServer(dataDir: string): { child: ChildProcess; output: () => string } {
  // Outside demo mode a server refuses the browser tests' seed token (lib/config.ts): this one is not given it.
  const { DATABASE_URL: _url, FACTDESK_TEST_SEED_TOKEN: _seedToken, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: { ...inherited, NODE_ENV: "production", FACTDESK_DATA_DIR: dataDir, FACTDESK_DEMO: "0", PORT: String(port), HOST: "127.0.0.1", AUTH_TRUST_HOST: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Healthy, and it is this server answering (its own "serving on" line), not one left over on the port. */
async function waitHealthy({ child, output }: ReturnType<typeof startServer>): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${output()}`);
    try {
      if (output().includes("serving on")) {
        // Read the whole answer, so this request is over before the test starts its own.
        const health = await fetch(`http://127.0.0.1:${port}/api/health`);
        await health.text();
        if (health.ok) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become healthy within 4 minutes");
}

// Once per CI run is enough: it starts its own server on an embedded folder, whatever database the suite runs on.
test.skip(Boolean(process.env.E2E_DATABASE_URL), "runs in the embedded-database run");

test("SIGTERM during a request: the request completes, and the next start on the same folder works", async () => {
  test.setTimeout(600_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-shutdown-"));
  let first: ReturnType<typeof startServer> | null = startServer(dataDir);
  try {
    await waitHealthy(first);

    // A sign-in whose form arrives slowly: the server is still reading it when told to stop. It asks to continue
    // (Expect: 100-continue), so the server's "100 Continue" says it has the request in hand.
    const body = "email=nobody%40factdesk.test&password=wrong-password&csrfToken=x";
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(
      `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await expect.poll(() => answer, { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
    const exited = new Promise<number | null>((resolve) => first!.child.once("exit", (code) => resolve(code)));
    first.child.kill("SIGTERM");
    await expect.poll(() => first!.output(), { timeout: 10_000 }).toContain("finishing 1 request(s)");

    // No new connection is accepted while it finishes.
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 [23]\d\d /);
    expect(await exited).toBe(0);
    expect(first.output()).not.toContain("cut off");
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

    // The restart on the same folder: no lock complaint, healthy.
    first = startServer(dataDir);
    await waitHealthy(first);
    expect(first.output()).not.toMatch(/open in another process/);
  } finally {
    if (first && first.child.exitCode === null && first.child.signalCode === null) {
      const exited = once(first.child, "exit");
      first.child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
