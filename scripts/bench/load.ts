/**
 * `npm run bench:load`: a mixed workload against the production build on a Postgres server, for one instance and
 * then two behind a small round-robin proxy of this script's own. Each staff member is signed in with a session of
 * their own. About half of them read the desk and claim workspaces; the others change things through the app's own
 * server actions, as the workspace's forms do: editors edit claims (with the version they last saw, so two of them
 * may collide: that must come back as a conflict, not an error), assign reviewers and comment; reviewers save draft
 * reviews, send them for sign-off and comment on the claims they are given; one or two editors sign off what waits
 * for sign-off and publish a new version of an article about once a second. 200 anonymous readers read the published
 * articles, the home page, the feed and the public API. Prints, per kind of request, throughput, latency (p50, p95,
 * p99, from each request's own timing), answers by status, and how many were conflicts, refusals or failures.
 * Then checks that nothing was lost: every change the app acknowledged is stored and has its audit entry, no claim
 * is at a lower version than one the app acknowledged to a client, every article's published versions are numbered
 * 1, 2, 3… without a gap, and no request answered 5xx or with the generic "something went wrong".
 *
 * Settings: LOAD_SECONDS (60), LOAD_STAFF (30), LOAD_READERS (200), LOAD_READER_RATE (pages a second per reader, 1;
 * 0 for as fast as answered, which measures the most readers the instances can serve beside the staff), LOAD_THINK_MS
 * (a staff member's pause between requests, 1000; 0 for none),
 * LOAD_DATABASE_URL (postgres://postgres@127.0.0.1:5432/factdesk_bench_load, dropped and re-created).
 * Not part of CI: it takes minutes and wants the machine to itself.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { closeDb, getDb, rowsOf } from "../../db/client";
import { auditLog } from "../../db/schema";
import { acknowledgedLine, checkNothingLost } from "./load/checks";
import { Desk, readyForPublishing, work } from "./load/desk";
import { type Duty, type Newsroom, recreateDatabase, seed } from "./load/newsroom";
import { AUTH_SECRET, DATABASE_URL, PASSWORD, READER_RATE, READERS, SECONDS, STAFF, THINK_MS } from "./load/settings";
import { readLoad, report, roundRobin, startInstance, tally } from "./load/traffic";
import { actionId, signIn, waitFor } from "./workspace";

async function run(base: string, newsroom: Newsroom, actions: Record<string, string>) {
  await readyForPublishing(newsroom);
  const desk = new Desk(base, newsroom, actions, randomBytes(4).toString("hex"));
  const db = await getDb();
  const [mark] = rowsOf<{ id: number | null }>(await db.execute(sql`SELECT max(${auditLog.id})::int AS id FROM ${auditLog}`));
  const auditFrom = mark?.id ?? 0;
  const readers = [tally("reader pages"), tally("home, feed, public API"), tally("staff desk and workspaces")];
  const staffReaders = newsroom.staff.filter((p) => p.duty === "reads");
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all([
    readLoad(base, readers[0]!, newsroom.slugs.map((s) => `/articles/${s}`), Math.round(READERS * 0.6), { rate: READER_RATE }),
    readLoad(base, readers[1]!, ["/", "/feed.xml", ...newsroom.slugs.map((s) => `/api/v1/articles/${s}`)], READERS - Math.round(READERS * 0.6), { rate: READER_RATE }),
    // One connection per reading staff member, each with their own session on every request.
    ...staffReaders.map((p) => readLoad(base, readers[2]!, ["/desk", ...newsroom.articleIds.map((id) => `/desk/articles/${id}`)], 1, { cookie: p.cookie, rate: THINK_MS ? 1000 / THINK_MS : undefined })),
    ...newsroom.staff.filter((p) => p.duty !== "reads").map((p) => work(desk, newsroom, p, until)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  return { tallies: [...readers, ...desk.tallies.values()], changes: desk.changes, seconds, auditFrom };
}

const lines: string[] = [];
const children: ChildProcess[] = [];
let proxy: ChildProcess | null = null;
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
  const names = [
    "addCommentAction",
    "editClaimAction",
    "assignReviewerAction",
    "reviewClaimAction",
    "signOffClaimAction",
    "previewPublicationAction",
    "publishArticleAction",
  ];
  const actions = Object.fromEntries(names.map((name) => [name, actionId(name)]));
  for (const person of newsroom.staff) person.cookie = await signIn(first, person.email, PASSWORD);
  const duties = (duty: Duty) => newsroom.staff.filter((p) => p.duty === duty).length;
  lines.push(
    `${STAFF} staff (each signed in: ${duties("reads")} reading, ${duties("edits")} editors changing claims, ${duties("reviews")} reviewers, ` +
      `${duties("publishes")} publishing; ${THINK_MS} ms between a person's requests), ${READERS} readers (${READER_RATE ? `${READER_RATE} page a second each` : "each as fast as answered"}); ${newsroom.slugs.length} published articles, ${newsroom.claims.size} claims; Postgres; production build`,
  );

  const single = await run(first, newsroom, actions);
  lines.push(...report("one instance", single.tallies, single.seconds), acknowledgedLine(single.changes));
  const singleProblems = (await checkNothingLost(single.tallies, single.changes, single.auditFrom, newsroom)).map((p) => `one instance: ${p}`);

  children.push(startInstance(ports[1]!));
  await waitFor(`http://127.0.0.1:${ports[1]}/api/health`, 300_000);
  const proxyPort = ports[0]! + 50;
  proxy = await roundRobin(proxyPort, ports);
  const double = await run(`http://127.0.0.1:${proxyPort}`, newsroom, actions);
  lines.push(...report("two instances behind a round-robin proxy", double.tallies, double.seconds), acknowledgedLine(double.changes));
  const doubleProblems = (await checkNothingLost(double.tallies, double.changes, double.auditFrom, newsroom)).map((p) => `two instances: ${p}`);

  const problems = [...singleProblems, ...doubleProblems];
  lines.push(
    problems.length
      ? `NOTHING LOST: FAILED\n  ${problems.join("\n  ")}`
      : "nothing lost: every acknowledged change is stored with its audit entry, no claim went backwards, published versions have no gaps; no 5xx, no failures",
  );
  if (problems.length) process.exitCode = 1;
} finally {
  proxy?.kill();
  for (const child of children) child.kill("SIGTERM");
  await closeDb();
}
for (const line of lines) console.log(line);
