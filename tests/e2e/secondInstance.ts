import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

/**
 * A second Factdesk server on the same Postgres database as the one the browser tests use (E2E_DATABASE_URL), from
 * the same production build: what a deployment with two instances behind a load balancer looks like.
 */
export async function startSecondInstance(port: number): Promise<{ base: string; stop: () => void }> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    PORT: String(port),
    HOST: "127.0.0.1",
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Instances on one database share one configuration: an instance outside demo mode would switch the demo
    // accounts off for every test running beside this one.
    FACTDESK_DEMO: "1",
  };
  delete env.FACTDESK_DATA_DIR;
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second instance exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the second instance did not start within a minute");
}
