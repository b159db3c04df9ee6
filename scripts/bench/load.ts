/**
 * `npm run bench:load`: a mixed workload against the production build on a Postgres server, for one instance and
 * then two behind a small round-robin proxy of this script's own. 30 signed-in staff (each its own session) read the
 * desk and claim workspaces and post comments through the app's own server action; 200 anonymous readers read the
 * published articles, the home page, the feed and the public API. Prints throughput and latency per kind of request
 * and every error, then checks that nothing was lost: every comment the app acknowledged is in the database with its
 * audit entry, and no request answered 5xx.
 *
 * Settings: LOAD_SECONDS (60), LOAD_STAFF (30), LOAD_READERS (200),
 * LOAD_DATABASE_URL (postgres://postgres@127.0.0.1:5432/factdesk_bench_load, dropped and re-created).
 * Not part of CI: it takes minutes and wants the machine to itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb, getDb, rowsOf } from "../../db/client";
import { auditLog, claims, comments } from "../../db/schema";
import { actorContext, systemContext, type ServiceContext } from "../../lib/core/context";
import { assignReviewer } from "../../lib/services/claims/assignReviewer";
import { createUser } from "../../lib/services/users/createUser";
import { publishedArticle } from "./publicPages";
import { signIn, waitFor } from "./workspace";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const STAFF = Number(process.env.LOAD_STAFF ?? 30);
const READERS = Number(process.env.LOAD_READERS ?? 200);
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/factdesk_bench_load";
const PASSWORD = "load test password 2026";
const root = path.resolve(import.meta.dirname, "..", "..");
const AUTH_SECRET = randomBytes(32).toString("base64url");

type Kind = { name: string; result: autocannon.Result };
type Newsroom = { slugs: string[]; articleIds: string[]; claimIds: string[]; staff: { email: string; role: string }[] };

async function recreateDatabase() {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function seed(): Promise<Newsroom> {
  const db = await getDb();
  const system = systemContext(db);
  const staff: { email: string; role: string }[] = [];
  const contexts: ServiceContext[] = [];
  const reviewers: string[] = [];
  for (let i = 0; i < STAFF; i++) {
    const role = i % 3 === 0 ? "editor" : "reviewer";
    const email = `${role}${i}@load.test`;
    const { user } = await createUser(system, { email, displayName: `${role} ${i}`, role, password: PASSWORD });
    staff.push({ email, role });
    contexts.push(actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email }));
    if (role === "reviewer") reviewers.push(user.id);
  }
  const [writer, approver] = [contexts[0]!, contexts[3]!];
  const slugs = [
    await publishedArticle(writer, approver, { title: "Housing claims, checked", characters: 6_500, claims: 12 }),
    await publishedArticle(writer, approver, { title: "Council budget claims, checked", characters: 20_000, claims: 40 }),
  ];
  const rows = await db.select({ id: claims.id, articleId: claims.articleId, version: claims.version }).from(claims);
  // Every claim gets a reviewer, so reviewers may comment on the claims they are given.
  for (const [i, claim] of rows.entries()) {
    await assignReviewer(writer, { claimId: claim.id, version: claim.version, reviewerId: reviewers[i % reviewers.length]! }).catch(() => {});
  }
  return { slugs, articleIds: [...new Set(rows.map((r) => r.articleId))], claimIds: rows.map((r) => r.id), staff };
}

/** The id Next.js gave a server action in this build (from its server-reference manifest). */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in this build`);
  return found[0];
}

function startInstance(port: number): ChildProcess {
  const { FACTDESK_DATA_DIR: _dir, ...inherited } = process.env;
  return spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...inherited,
      DATABASE_URL,
      AUTH_SECRET,
      FACTDESK_DEMO: "0",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATABASE_POOL_SIZE: "20",
      FACTDESK_INSECURE_COOKIES: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** A round-robin proxy: each new connection goes to the next instance, as a simple load balancer does. */
function roundRobin(port: number, targets: number[]): Promise<http.Server> {
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const proxy = http.createServer((req, res) => {
    const target = targets[next++ % targets.length]!;
    const upstream = http.request(
      { host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => proxy.listen(port, "127.0.0.1", () => resolve(proxy)));
}

async function run(base: string, newsroom: Newsroom, cookies: string[], commentAction: string) {
  const acknowledged: string[] = [];
  let sent = 0;
  const runId = randomBytes(4).toString("hex");
  const readers = (paths: string[], connections: number) =>
    autocannon({
      url: base,
      connections,
      duration: SECONDS,
      headers: { "accept-encoding": "gzip" },
      requests: paths.map((p) => ({ method: "GET" as const, path: p })),
    });
  const staffCount = cookies.length;
  const writers = Math.max(1, Math.round(staffCount / 3));
  let client = 0;
  const staffReads = autocannon({
    url: base,
    connections: staffCount - writers,
    duration: SECONDS,
    setupClient: (c) => c.setHeaders({ cookie: cookies[client++ % staffCount]! }),
    requests: [{ method: "GET", path: "/desk" }, ...newsroom.articleIds.map((id) => ({ method: "GET" as const, path: `/desk/articles/${id}` }))],
  });
  // Comments are written by editors, who may comment on every claim.
  const editorCookies = cookies.filter((_, i) => newsroom.staff[i]!.role === "editor");
  let writer = 0;
  const staffWrites = autocannon({
    url: base,
    connections: writers,
    duration: SECONDS,
    setupClient: (c) => c.setHeaders({ cookie: editorCookies[writer++ % editorCookies.length]! }),
    requests: [
      {
        method: "POST",
        path: `/desk/articles/${newsroom.articleIds[0]}`,
        setupRequest: (request, context) => {
          const body = `Load ${runId} comment ${sent++}`;
          (context as { body?: string }).body = body;
          const claimId = newsroom.claimIds[sent % newsroom.claimIds.length];
          return {
            ...request,
            headers: { ...request.headers, "next-action": commentAction, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
            body: JSON.stringify([{ claimId, body }]),
          };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes('"ok":true')) acknowledged.push((context as { body?: string }).body ?? "");
        },
      },
    ],
  });
  const kinds = await Promise.all([
    readers(newsroom.slugs.map((s) => `/articles/${s}`), Math.round(READERS * 0.6)),
    readers(["/", "/feed.xml", ...newsroom.slugs.map((s) => `/api/v1/articles/${s}`)], READERS - Math.round(READERS * 0.6)),
    staffReads,
    staffWrites,
  ]);
  const named: Kind[] = ["reader pages", "home, feed, public API", "staff desk and workspaces", "staff comments (server action)"].map((name, i) => ({ name, result: kinds[i]! }));
  return { named, acknowledged, sent, runId };
}

function report(label: string, named: Kind[]): string[] {
  const lines = [`${label}: ${SECONDS} s`];
  for (const { name, result } of named) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, stats]) => `${code}×${(stats as { count: number }).count}`)
      .join(" ");
    lines.push(
      `  ${name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(5)} req/s  p50 ${result.latency.p50} ms  p90 ${result.latency.p90} ms  ` +
        `p97.5 ${result.latency.p97_5} ms  p99 ${result.latency.p99} ms  errors ${result.errors} timeouts ${result.timeouts}  [${codes}]`,
    );
  }
  return lines;
}

/** Every acknowledged comment is stored with its audit entry; counts 5xx answers. */
async function checkNothingLost(named: Kind[], acknowledged: string[]): Promise<string[]> {
  const db = await getDb();
  const problems: string[] = [];
  // A run in which nothing was acknowledged proves nothing: the server was too slow or refused every change.
  if (acknowledged.length === 0) problems.push("no comment was acknowledged, so nothing could be checked");
  for (const { name, result } of named) if (result.requests.total === 0) problems.push(`${name}: no request completed`);
  const stored = new Map<string, string>();
  for (let i = 0; i < acknowledged.length; i += 1000) {
    const rows = await db.select({ id: comments.id, body: comments.body }).from(comments).where(inArray(comments.body, acknowledged.slice(i, i + 1000)));
    for (const row of rows) stored.set(row.body, row.id);
  }
  const missing = acknowledged.filter((body) => !stored.has(body));
  if (missing.length) problems.push(`${missing.length} acknowledged comments are missing, e.g. "${missing[0]}"`);
  const ids = [...stored.values()];
  let audited = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM ${auditLog} WHERE ${auditLog.action} = 'comment.create' AND ${inArray(auditLog.entityId, ids.slice(i, i + 1000))}`),
    );
    audited += row?.n ?? 0;
  }
  if (audited !== ids.length) problems.push(`${ids.length - audited} stored comments have no audit entry`);
  for (const { name, result } of named) {
    const fivexx = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith("5"));
    for (const [code, stats] of fivexx) problems.push(`${name}: ${(stats as { count: number }).count} answers with ${code}`);
  }
  return problems;
}

const lines: string[] = [];
const children: ChildProcess[] = [];
let proxy: http.Server | null = null;
try {
  await recreateDatabase();
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.AUTH_SECRET = AUTH_SECRET;
  process.env.FACTDESK_DEMO = "0";
  const newsroom = await seed();
  const ports = [3800 + Math.floor(Math.random() * 100), 0];
  ports[1] = ports[0]! + 100;
  children.push(startInstance(ports[0]!));
  const first = `http://127.0.0.1:${ports[0]}`;
  await waitFor(`${first}/api/health`, 900_000);
  const commentAction = actionId("addCommentAction");
  const cookies: string[] = [];
  for (const person of newsroom.staff) cookies.push(await signIn(first, person.email, PASSWORD));
  lines.push(`${STAFF} staff (each signed in), ${READERS} readers; ${newsroom.slugs.length} published articles, ${newsroom.claimIds.length} claims; Postgres; production build`);

  const single = await run(first, newsroom, cookies, commentAction);
  lines.push(...report("one instance", single.named), `  comments acknowledged: ${single.acknowledged.length} of ${single.sent} sent`);
  const singleProblems = await checkNothingLost(single.named, single.acknowledged);

  children.push(startInstance(ports[1]!));
  await waitFor(`http://127.0.0.1:${ports[1]}/api/health`, 300_000);
  const proxyPort = ports[0]! + 50;
  proxy = await roundRobin(proxyPort, ports);
  const double = await run(`http://127.0.0.1:${proxyPort}`, newsroom, cookies, commentAction);
  lines.push(...report("two instances behind a round-robin proxy", double.named), `  comments acknowledged: ${double.acknowledged.length} of ${double.sent} sent`);
  const doubleProblems = await checkNothingLost(double.named, double.acknowledged);

  const problems = [...singleProblems, ...doubleProblems];
  lines.push(problems.length ? `NOTHING LOST: FAILED\n  ${problems.join("\n  ")}` : "nothing lost: every acknowledged comment is stored with its audit entry; no 5xx");
  if (problems.length) process.exitCode = 1;
} finally {
  proxy?.close();
  for (const child of children) child.kill("SIGTERM");
  await closeDb();
}
for (const line of lines) console.log(line);
