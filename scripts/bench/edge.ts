/**
 * Readers at the edge (issue 19): the production server on a Postgres database behind the shipped Varnish
 * configuration (deploy/varnish/default.vcl, started by scripts/varnish.mjs), the app purging it. Prints:
 * - the reader page's weight as a phone downloads it: compressed script (files and inline) and style bytes
 *   (budgets ≤ 60 KB and ≤ 25 KB), and whether its largest text is in the first HTML;
 * - the reader page's throughput through Varnish against a static file through the same Varnish (budget ≥ 0.9×);
 * - the hit ratio over mixed reader traffic while an editor publishes (budget ≥ 99 %);
 * - retraction → 410 at the edge over 20 retractions (budget ≤ 5 s);
 * - Lighthouse (mobile preset, median of 3) on home and the reader page, unless --no-lighthouse (fetches lighthouse
 *   with npx; needs Chromium).
 * Needs varnishd with vmod_xkey and the Postgres server (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432).
 * Run: npx tsx scripts/bench/edge.ts [--no-lighthouse]   (BENCH_SECONDS: seconds of mixed traffic, default 60)
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync } from "node:zlib";
import autocannon from "autocannon";
import postgres from "postgres";
import { closeDb, getDb } from "../../db/client";
import { actorContext, systemContext, type ServiceContext } from "../../lib/core/context";
import { getWorkspace } from "../../lib/services/articles/getWorkspace";
import { retractArticle } from "../../lib/services/publishing/retractArticle";
import { createUser } from "../../lib/services/users/createUser";
import { startVarnish, varnishInstalled } from "../varnish.mjs";
import { publishedArticle } from "./publicPages";
import { waitFor } from "./workspace";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = 20;
const RETRACTIONS = 20;
const SMALL = { title: "Edge bench", characters: 2_000, claims: 3 };
const root = path.resolve(import.meta.dirname, "..", "..");

type Edge = { base: string; instance: string };

/** One of Varnish's counters (varnishstat). */
function counter(edge: Edge, name: string): number {
  const json = JSON.parse(execFileSync("varnishstat", ["-n", edge.instance, "-1", "-j", "-f", name], { encoding: "utf8" })) as {
    counters?: Record<string, { value: number }>;
  } & Record<string, { value: number }>;
  return (json.counters ?? json)[name]!.value;
}

async function untilHit(url: string, header: string, tries = 10): Promise<void> {
  for (let ask = 0; ask < tries; ask++) if ((await fetch(url)).headers.get(header) === "hit") return;
  throw new Error(`${url} was not a hit in ${tries} asks`);
}

/** Bytes of an answer's body as sent to a browser that accepts brotli (fetch would decompress them). */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "br, gzip" } }, (answer) => {
        let bytes = 0;
        answer.on("data", (chunk: Buffer) => (bytes += chunk.length));
        answer.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

/** Compressed bytes of the page's scripts and styles, as a browser that accepts brotli downloads them. */
async function pageWeight(app: string, pagePath: string): Promise<{ script: number; style: number; html: number; lcpInHtml: boolean }> {
  await untilHit(`${app}${pagePath}`, "x-factdesk-cache");
  const html = await (await fetch(`${app}${pagePath}`)).text();
  const compressed = (url: string) => wireBytes(`${app}${url}`);
  let script = 0;
  for (const [, attributes = "", content = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src && !/\bnoModule\b/i.test(attributes)) script += await compressed(src);
    // Inline code counts too (data blocks are not script); it travels inside the compressed page.
    else if (!src && !/type="application\/(?:ld\+)?json"/.test(attributes) && content) script += brotliCompressSync(content).length;
  }
  let style = 0;
  for (const [, href = ""] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) style += await compressed(href);
  const htmlBytes = await wireBytes(`${app}${pagePath}`);
  // The largest text of a reader page is its article text; it must be in the first HTML, not put there by a script.
  return { script, style, html: htmlBytes, lcpInHtml: /<h1\b/.test(html) && /<p\b/.test(html) };
}

async function throughput(url: string): Promise<number> {
  const headers = { "accept-encoding": "gzip, deflate, br" };
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  return (await autocannon({ url, connections: CONNECTIONS, duration: 10, headers })).requests.average;
}

async function editor(system: ServiceContext, name: string): Promise<ServiceContext> {
  const { user } = await createUser(system, { email: `${name}-${randomBytes(3).toString("hex")}@bench.test`, displayName: name, role: "editor", password: "bench password 2026" });
  return actorContext(await getDb(), { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function lighthouse(url: string): { performance: number; accessibility: number; bestPractices: number; seo: number } {
  const chrome = ["/usr/bin/chromium", "/usr/bin/chromium-headless-shell"].find((file) => fs.existsSync(file));
  const out = execFileSync(
    "npx",
    ["-y", "lighthouse@12.8.2", url, "--output=json", "--quiet", "--only-categories=performance,accessibility,best-practices,seo", "--chrome-flags=--headless=new --no-sandbox"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
  );
  const report = JSON.parse(out) as { categories: Record<string, { score: number }> };
  const score = (name: string) => Math.round(100 * report.categories[name]!.score);
  return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") };
}

export async function benchEdge(options: { lighthouse?: boolean } = {}): Promise<string[]> {
  if (!varnishInstalled()) return ["skipped: varnishd with vmod_xkey is not installed (Debian: apt-get install varnish varnish-modules)"];
  const server = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432";
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe("DROP DATABASE IF EXISTS factdesk_bench_edge WITH (FORCE)");
  await admin.unsafe("CREATE DATABASE factdesk_bench_edge");
  await admin.end();

  const appPort = 3900 + Math.floor(Math.random() * 50);
  const varnishPort = appPort + 100;
  const saved = { url: process.env.DATABASE_URL, purge: process.env.PURGE_URL };
  process.env.DATABASE_URL = `${server}/factdesk_bench_edge`;
  // Changes this script makes through the service verbs purge Varnish too, as the app's would.
  process.env.PURGE_URL = `http://127.0.0.1:${varnishPort}/`;
  const app = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(appPort), HOST: "127.0.0.1", FACTDESK_DEMO: "1", AUTH_SECRET: randomBytes(32).toString("base64url") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let varnish: ReturnType<typeof startVarnish> | undefined;
  try {
    const appBase = `http://127.0.0.1:${appPort}`;
    await waitFor(`${appBase}/api/health`, 600_000);
    varnish = startVarnish({ appPort, varnishPort, storage: "malloc,256m" });
    const edge: Edge = { base: `http://127.0.0.1:${varnishPort}`, instance: varnish.instance };
    await waitFor(`${edge.base}/api/health`, 60_000);

    const home = await (await fetch(`${appBase}/`)).text();
    const article = /href="(\/articles\/[^"#?]+)"/.exec(home)?.[1];
    if (!article) throw new Error("the demo's article is not on the home page");
    const lines: string[] = [];

    const weight = await pageWeight(appBase, article);
    const within = (value: number, budget: number) => (value <= budget ? "within budget" : "OVER BUDGET");
    lines.push(
      `reader page ${article}: script ${(weight.script / 1024).toFixed(1)} KB compressed (budget ≤ 60 KB: ${within(weight.script, 60 * 1024)}), ` +
        `style ${(weight.style / 1024).toFixed(1)} KB (budget ≤ 25 KB: ${within(weight.style, 25 * 1024)}), HTML ${(weight.html / 1024).toFixed(1)} KB; ` +
        `article text in the first HTML: ${weight.lcpInHtml ? "yes" : "NO"}`,
    );

    const css = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(await (await fetch(`${appBase}${article}`)).text())?.[1];
    await untilHit(`${edge.base}${article}`, "x-cache");
    await untilHit(`${edge.base}${css}`, "x-cache");
    const page = await throughput(`${edge.base}${article}`);
    const file = await throughput(`${edge.base}${css}`);
    lines.push(
      `through Varnish, ${CONNECTIONS} connections, 10 s each: reader page ${page.toFixed(0)} requests/s, static file ${css} ${file.toFixed(0)} requests/s ` +
        `= ${(page / file).toFixed(2)}× (budget ≥ 0.9×: ${page / file >= 0.9 ? "within budget" : "OVER BUDGET"})`,
    );

    // Mixed reader traffic while an editor publishes a fact-check every 3 s (each purges the home page, the feed,
    // the API's lists and its own pages).
    const system = systemContext(await getDb());
    const [writer, approver] = [await editor(system, "Writer"), await editor(system, "Approver")];
    const slug = article.split("/").pop()!;
    const claimEmbed = /\/embed\/claims\/[^"?#]+/.exec(await (await fetch(`${appBase}${article}`)).text())?.[0];
    const readerPaths = ["/", article, `${article}/versions`, "/corrections", "/api/v1/articles", `/api/v1/articles/${slug}`, "/feed.xml", ...(claimEmbed ? [claimEmbed] : [])];
    const before = { hit: counter(edge, "MAIN.cache_hit"), requests: counter(edge, "MAIN.client_req") };
    let publishing = true;
    let published = 0;
    const editorLoop = (async () => {
      while (publishing) {
        await publishedArticle(writer, approver, { ...SMALL, title: `${SMALL.title} ${published + 1}` });
        published++;
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    })();
    const traffic = await autocannon({
      url: edge.base,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { "accept-encoding": "gzip, deflate, br" },
      requests: readerPaths.map((p) => ({ method: "GET" as const, path: p })),
    });
    publishing = false;
    await editorLoop;
    const hits = counter(edge, "MAIN.cache_hit") - before.hit;
    const requests = counter(edge, "MAIN.client_req") - before.requests;
    lines.push(
      `mixed reader traffic through Varnish (${readerPaths.length} kinds of page), ${SECONDS} s, ${CONNECTIONS} connections, ${published} publications meanwhile: ` +
        `${requests.toLocaleString("en")} requests, ${traffic.requests.average.toFixed(0)} requests/s, hit ratio ${((100 * hits) / requests).toFixed(2)} % ` +
        `(budget ≥ 99 %: ${hits / requests >= 0.99 ? "within budget" : "OVER BUDGET"}), ${traffic.non2xx} non-2xx, ${traffic.errors} errors`,
    );

    // Retraction → 410 at the edge, timed from the retraction's commit.
    const seconds: number[] = [];
    for (let i = 0; i < RETRACTIONS; i++) {
      const { slug: retractedSlug, articleId } = await publishedArticle(writer, approver, { ...SMALL, title: `Retracted at the edge ${i + 1}` });
      const url = `${edge.base}/articles/${retractedSlug}`;
      await untilHit(url, "x-cache");
      const { article } = await getWorkspace(writer, articleId);
      await retractArticle(writer, { articleId, version: article.version, reason: "Retracted by the edge benchmark." });
      const committed = performance.now();
      while ((await fetch(url)).status !== 410) {
        if (performance.now() - committed > 30_000) throw new Error(`${url} still served after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      seconds.push((performance.now() - committed) / 1000);
    }
    lines.push(
      `retraction → 410 at the edge, ${RETRACTIONS} retractions: median ${median(seconds).toFixed(2)} s, slowest ${Math.max(...seconds).toFixed(2)} s ` +
        `(budget ≤ 5 s: ${Math.max(...seconds) <= 5 ? "within budget" : "OVER BUDGET"})`,
    );

    if (options.lighthouse) {
      for (const [label, url] of [["home", `${edge.base}/`], ["reader page", `${edge.base}${article}`]] as const) {
        const runs = [lighthouse(url), lighthouse(url), lighthouse(url)];
        const m = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key]));
        lines.push(
          `Lighthouse 12.8 (mobile preset, median of 3), ${label}: performance ${m("performance")} (runs ${runs.map((r) => r.performance).join(", ")}), ` +
            `accessibility ${m("accessibility")}, best practices ${m("bestPractices")}, SEO ${m("seo")}`,
        );
      }
    }
    return lines;
  } finally {
    varnish?.child.kill("SIGTERM");
    app.kill("SIGTERM");
    await closeDb();
    for (const [name, value] of [["DATABASE_URL", saved.url], ["PURGE_URL", saved.purge]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchEdge({ lighthouse: !process.argv.includes("--no-lighthouse") })) console.log(line);
  process.exit(0);
}
