/**
 * Benchmark: the claim workspace for a 20,000-word article with 1,000 claims. Budget: server response ≤ 500 ms.
 * 1. the service read (getWorkspace: queries + suggestions) on an embedded database;
 * 2. with --http, the whole page over HTTP from the production server (scripts/server.mjs), signed in as an editor.
 * Run: npx tsx scripts/bench/workspace.ts [--http]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { closeDb, getDb } from "../../db/client";
import { claims } from "../../db/schema";
import { createArticle } from "../../lib/services/articles/createArticle";
import { actorContext, systemContext } from "../../lib/core/context";
import { getWorkspace } from "../../lib/services/articles/getWorkspace";
import { createUser } from "../../lib/services/users/createUser";
import { generateArticle, generateClaims } from "./reanchor";
import { formatTiming, timeAsync } from "./timing";

const PASSWORD = "bench-password-123";

async function seed() {
  const db = await getDb();
  const { user } = await createUser(systemContext(db), { email: "bench@factdesk.test", displayName: "Bench Editor", role: "editor", password: PASSWORD });
  const editor = actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
  const body = generateArticle(7);
  const article = await createArticle(editor, { title: "Benchmark article", body });
  const anchors = generateClaims(body, 1000);
  for (let i = 0; i < anchors.length; i += 250) {
    await db.insert(claims).values(
      anchors.slice(i, i + 250).map((a, j) => ({
        articleId: article.id,
        number: i + j + 1,
        anchorStart: a.start,
        anchorEnd: a.end,
        quote: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        statement: a.quote,
        checkWorthiness: ((i + j) % 100) / 100,
        status: (["new", "in_progress", "needs_signoff", "signed_off"] as const)[(i + j) % 4]!,
      })),
    );
  }
  return { editor, articleId: article.id, words: body.split(/\s+/).length };
}

export async function benchWorkspace(options: { http?: boolean } = {}): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-"));
  const saved = { dir: process.env.FACTDESK_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.FACTDESK_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const { editor, articleId, words } = await seed();
    const service = await timeAsync(() => getWorkspace(editor, articleId), { warmup: 3, runs: 20 });
    lines.push(formatTiming(`workspace read (service, ${words.toLocaleString("en")} words, 1,000 claims, embedded db)`, service, 500));
    await closeDb();
    if (options.http) lines.push(await benchPage(dataDir, articleId));
  } finally {
    await closeDb();
    if (saved.dir === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

/** Serves the seeded database with the production build and times the workspace page as a signed-in editor. */
async function benchPage(dataDir: string, articleId: string): Promise<string> {
  const port = 3200 + Math.floor(Math.random() * 500);
  const root = path.resolve(import.meta.dirname, "..", "..");
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), FACTDESK_DATA_DIR: dataDir, FACTDESK_DEMO: "0", FACTDESK_INSECURE_COOKIES: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, 600_000);
    const cookie = await signIn(base, "bench@factdesk.test", PASSWORD);
    const page = `${base}/desk/articles/${articleId}`;
    const timing = await timeAsync(
      async () => {
        const response = await fetch(page, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`workspace page answered ${response.status}`);
        await response.arrayBuffer();
      },
      { warmup: 3, runs: 20 },
    );
    return formatTiming("workspace page over HTTP (production server, full HTML)", timing, 500);
  } finally {
    server.kill("SIGTERM");
  }
}

/** Waits until `url` answers 200 (the production server is up). */
export async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

/** The id Next.js gave a server action in this build (from its server-reference manifest). */
export function actionId(name: string): string {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in this build`);
  return found[0];
}

/**
 * Signs in as the login form does, through its server action (the password step, then Auth.js opens the session);
 * returns the session cookie. The form's arguments (its previous state and its fields) go as React encodes them.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const form = new FormData();
  form.append("_1_email", email);
  form.append("_1_password", password);
  form.append("_1_next", "/desk");
  form.append("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": actionId("signInStep"), accept: "text/x-component" },
    body: form,
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`bench sign-in failed (${response.status}): ${(await response.text()).slice(0, 300)}`);
  return session;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchWorkspace({ http: process.argv.includes("--http") })) console.log(line);
}
