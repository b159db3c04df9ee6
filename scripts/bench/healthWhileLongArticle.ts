/**
 * Benchmark for finding F3: how long `/api/health` takes to answer while the workspace of a 1 MB pathological article
 * is created and opened. Target: every answer within 1 s (the article's work must not hold up the event loop).
 * Starts the production server (`npm start`, which builds first when the sources changed) on its own port with the
 * demo newsroom in a fresh embedded database, signs in as editor@factdesk.test, creates the article through the
 * paste form's server action (whose answer renders the new workspace), then opens the workspace --opens times (3),
 * while a thread of this script asks for /api/health every 100 ms.
 * Kinds of article (--kind): `bullets`, 247,500 lines `- x` (990 KB, as in the finding; nothing to suggest);
 * `claims`, about 16,900 bullet lines that each read as a claim (1 MB; every line is suggested).
 * Run: npx tsx scripts/bench/healthWhileLongArticle.ts [--kind bullets|claims] [--opens N] [--port N]
 *      [--base http://host:port] (--base: a server already running with the demo newsroom, instead of starting one).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { actionId, signIn, waitFor } from "./workspace";

const ARTICLES = {
  bullets: () => Array.from({ length: 247_500 }, () => "- x").join("\n"),
  claims: () => {
    const line = "- Unemployment fell to 3 percent last year, the mayor said";
    return Array.from({ length: Math.floor(1_000_000 / (line.length + 1)) }, () => line).join("\n");
  },
};
const TOO_LONG = "Suggestions could not be worked out in time";

// The poller runs on a thread of its own, so that reading the large pages here never delays its requests.
const POLLER = `
const { parentPort, workerData } = require("node:worker_threads");
const latencies = [];
let stopped = false;
parentPort.on("message", () => { stopped = true; });
(async () => {
  while (!stopped) {
    const started = performance.now();
    let ok = false;
    try { ok = (await fetch(workerData.url)).ok; } catch {}
    latencies.push({ at: Date.now(), ms: performance.now() - started, ok });
    await new Promise((r) => setTimeout(r, 100));
  }
  parentPort.postMessage(latencies);
})();`;

type Latency = { at: number; ms: number; ok: boolean };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function startServer(port: number): { server: ChildProcess; dataDir: string } {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-f3-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), FACTDESK_DATA_DIR: dataDir, FACTDESK_DEMO: "1", FACTDESK_INSECURE_COOKIES: "1" };
  delete env.DATABASE_URL;
  const server = spawn("npm", ["start"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  return { server, dataDir };
}

function summary(latencies: Latency[], from: number, to: number): string {
  const during = latencies.filter((l) => l.at >= from && l.at <= to).map((l) => l.ms).sort((a, b) => a - b);
  const failed = latencies.filter((l) => l.at >= from && l.at <= to && !l.ok).length;
  const at = (p: number) => during[Math.min(during.length - 1, Math.floor(p * during.length))] ?? NaN;
  return `${during.length} answers, median ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, worst ${(during.at(-1) ?? NaN).toFixed(0)} ms${failed ? `, ${failed} failed` : ""}`;
}

const kind = (option("--kind") ?? "bullets") as keyof typeof ARTICLES;
if (!(kind in ARTICLES)) throw new Error(`--kind is one of ${Object.keys(ARTICLES).join(", ")}`);
const opens = Number(option("--opens") ?? 3);
const port = Number(option("--port") ?? 3200 + Math.floor(Math.random() * 500));
const started = option("--base") ? null : startServer(port);
const base = option("--base") ?? `http://127.0.0.1:${port}`;

try {
  await waitFor(`${base}/api/health`, 900_000);
  const cookie = await signIn(base, "editor@factdesk.test", "factdesk-demo");
  const body = ARTICLES[kind]();
  const poller = new Worker(POLLER, { eval: true, workerData: { url: `${base}/api/health` } });
  const done = new Promise<Latency[]>((resolve) => poller.once("message", resolve));
  await new Promise((r) => setTimeout(r, 1_000)); // a second of answers before, for comparison
  const phases: { name: string; from: number; to: number; note: string }[] = [];

  let from = Date.now();
  const created = await fetch(`${base}/desk/articles/new`, {
    method: "POST",
    headers: { cookie, "next-action": actionId("createArticleAction"), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: JSON.stringify([{ title: `Long article (${kind}) ${Date.now()}`, body }]),
  });
  const redirect = created.headers.get("x-action-redirect") ?? "";
  await created.arrayBuffer();
  const articleId = /\/desk\/articles\/([0-9a-f-]{36})/.exec(redirect)?.[1];
  if (!articleId) throw new Error(`the article was not created (status ${created.status}, redirect "${redirect}")`);
  phases.push({ name: "create (the answer renders the workspace)", from, to: Date.now(), note: `status ${created.status}, article ${articleId}` });

  for (let i = 1; i <= opens; i++) {
    from = Date.now();
    const page = await fetch(`${base}/desk/articles/${articleId}`, { headers: { cookie } });
    const html = await page.text();
    const suggested = /Suggested claims <span[^>]*>\((\d+)\)/.exec(html.replaceAll("<!-- -->", ""))?.[1];
    const note = `status ${page.status}, ${(html.length / 1e6).toFixed(1)} MB of HTML, ${html.includes(TOO_LONG) ? "suggestions: too long" : `${suggested ?? "?"} suggestions`}`;
    phases.push({ name: `open the workspace (${i})`, from, to: Date.now(), note });
  }
  await new Promise((r) => setTimeout(r, 1_000));
  poller.postMessage("stop");
  const latencies = await done;
  await poller.terminate();

  console.log(`article: ${kind}, ${body.length.toLocaleString("en")} characters, ${body.split("\n").length.toLocaleString("en")} lines; server ${base}`);
  console.log(`/api/health before: ${summary(latencies, 0, phases[0]!.from)}`);
  for (const phase of phases) {
    console.log(`${phase.name}: ${((phase.to - phase.from) / 1000).toFixed(1)} s, ${phase.note}; /api/health meanwhile: ${summary(latencies, phase.from, phase.to)}`);
  }
  console.log(`/api/health over the whole run: ${summary(latencies, phases[0]!.from, phases.at(-1)!.to)} (target: worst under 1,000 ms)`);
} finally {
  if (started) {
    // npm starts the server as a child of its own: end the whole group, then remove the database.
    if (started.server.pid) process.kill(-started.server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 3_000));
    fs.rmSync(started.dataDir, { recursive: true, force: true });
  }
}
