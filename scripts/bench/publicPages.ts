/**
 * Reader-facing throughput, measured with autocannon against the production server on a seeded embedded database
 * (a typical and a long published article):
 * the static /icon.svg (the yardstick: a file served by the same server in the same run), a published
 * reader page and its public API answer, 20 concurrent connections each, asking for compressed answers as browsers do. Budgets (issue 8): each at least 0.6× the
 * static file's requests per second, with p99 ≤ 100 ms.
 * Run: npx tsx scripts/bench/publicPages.ts   (builds the app first if its sources changed)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { closeDb, getDb } from "../../db/client";
import { actorContext, systemContext, type ServiceContext } from "../../lib/core/context";
import { createArticle } from "../../lib/services/articles/createArticle";
import { getWorkspace } from "../../lib/services/articles/getWorkspace";
import { createClaim } from "../../lib/services/claims/createClaim";
import { reviewClaim } from "../../lib/services/claims/reviewClaim";
import { signOffClaim } from "../../lib/services/claims/signOffClaim";
import { publishArticle } from "../../lib/services/publishing/publishArticle";
import { listVerdicts } from "../../lib/services/ratingScales/listVerdicts";
import { createUser } from "../../lib/services/users/createUser";
import { generateArticle, generateClaims } from "./reanchor";
import { waitFor } from "./workspace";

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** A typical news article (about 1,000 words, 12 claims) and a long one (about 3,000 words, 40 claims). */
const ARTICLES = [
  { title: "Housing claims, checked", characters: 6_500, claims: 12 },
  { title: "Council budget claims, checked", characters: 20_000, claims: 40 },
];

async function editor(system: ServiceContext, name: string): Promise<ServiceContext> {
  const { user } = await createUser(system, { email: `${name}@bench.test`, displayName: name, role: "editor", password: "bench password 2026" });
  return actorContext(await getDb(), { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
}

/** The published articles, each with signed-off claims; returns their slugs. */
async function seed(): Promise<string[]> {
  const system = systemContext(await getDb());
  const [writer, approver] = [await editor(system, "Writer"), await editor(system, "Approver")];
  const slugs: string[] = [];
  for (const spec of ARTICLES) slugs.push((await publishedArticle(writer, approver, spec)).slug);
  return slugs;
}

export async function publishedArticle(
  writer: ServiceContext,
  approver: ServiceContext,
  spec: (typeof ARTICLES)[number],
): Promise<{ slug: string; articleId: string }> {
  const body = generateArticle(7).slice(0, spec.characters);
  const article = await createArticle(writer, { title: spec.title, body, sourceOutlet: "Bench Gazette" });
  const verdicts = await listVerdicts(writer);
  for (const [i, anchor] of generateClaims(body, spec.claims).entries()) {
    let claim;
    try {
      claim = await createClaim(writer, { articleId: article.id, start: anchor.start, end: anchor.end });
    } catch {
      continue; // a span another claim already covers
    }
    claim = await reviewClaim(writer, {
      claimId: claim.id,
      version: claim.version,
      verdictId: verdicts[i % verdicts.length]!.id,
      publicExplanation: `The figure comes from the council's accounts for ${2000 + i}; see https://example.org/accounts/${i}.`,
      sources: [{ title: `Accounts ${2000 + i}`, url: `https://example.org/accounts/${i}` }],
      readyForSignoff: true,
    });
    await signOffClaim(approver, { claimId: claim.id, version: claim.version });
  }
  const shown = await getWorkspace(writer, article.id);
  const published = await publishArticle(writer, {
    articleId: article.id,
    version: shown.article.version,
    textRevision: shown.article.textRevision,
    publishStamp: shown.publishStamp,
  });
  return { slug: published.slug, articleId: published.articleId };
}

type Load = { label: string; requestsPerSecond: number; p99: number; non2xx: number; errors: number; kilobytes: number };

async function load(label: string, url: string, expectStatus = 200): Promise<Load> {
  const check = await fetch(url);
  if (check.status !== expectStatus) throw new Error(`${url} answered ${check.status}`);
  const kilobytes = (await check.arrayBuffer()).byteLength / 1024;
  // As a browser asks: compressed answers welcome. A short warm-up fills the server's caches and the JIT.
  const headers = { "accept-encoding": "gzip, deflate, br" };
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return { label, requestsPerSecond: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, kilobytes };
}

export async function benchPublicPages(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-public-"));
  const saved = { dir: process.env.FACTDESK_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.FACTDESK_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const port = 3700 + Math.floor(Math.random() * 200);
  const root = path.resolve(import.meta.dirname, "..", "..");
  let server;
  try {
    const slugs = await seed();
    await closeDb();
    server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, PORT: String(port), FACTDESK_DATA_DIR: dataDir, FACTDESK_DEMO: "0" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`, 600_000);
    const yardstick = await load("static /icon.svg", `${base}/icon.svg`);
    const measured: Load[] = [];
    for (const slug of slugs) {
      measured.push(await load(`reader page /articles/${slug}`, `${base}/articles/${slug}`));
      measured.push(await load(`API /api/v1/articles/${slug}`, `${base}/api/v1/articles/${slug}`));
    }
    const line = (l: Load) =>
      `${l.label} (${l.kilobytes.toFixed(1)} KB): ${l.requestsPerSecond.toFixed(0)} requests/s, p99 ${l.p99} ms` +
      (l.non2xx || l.errors ? `, ${l.non2xx} non-2xx and ${l.errors} errors` : "");
    return [
      `${CONNECTIONS} connections, ${SECONDS} s each (autocannon), production server, embedded database; articles: ${ARTICLES.map((a) => `${a.title} (${a.characters.toLocaleString("en")} characters, ${a.claims} claims)`).join("; ")}`,
      line(yardstick),
      ...measured.map((l) => {
        const ratio = l.requestsPerSecond / yardstick.requestsPerSecond;
        const verdict = ratio >= 0.6 && l.p99 <= 100 ? "within budget" : "OVER BUDGET";
        return `${line(l)} = ${ratio.toFixed(2)}× the static file (budget ≥ 0.6×, p99 ≤ 100 ms: ${verdict})`;
      }),
    ];
  } finally {
    server?.kill("SIGTERM");
    await closeDb();
    if (saved.dir === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchPublicPages()) console.log(line);
}
