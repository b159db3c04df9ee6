/**
 * Benchmark: the editor's desk and the reviewer's queue on a newsroom of 200 articles and 20,000 claims (one
 * reviewer holding 500 of them, one article holding 1,000). Budgets: the desk's first page ≤ 300 ms, "My claims" for
 * the 500-claim reviewer ≤ 300 ms, a status change on a claim of the 1,000-claim article ≤ 150 ms (medians).
 * 1. the service reads and writes on an embedded database (PGlite), seeded reproducibly (scripts/seededRandom.ts);
 * 2. with --http, the desk and "My claims" pages over HTTP from the production server, signed in.
 * Run: npx tsx scripts/bench/desk.ts [--http]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb, type Db } from "../../db/client";
import { articleClaimNumbers, articles, claims, type ClaimStatus } from "../../db/schema";
import { actorContext, systemContext, type ServiceContext } from "../../lib/core/context";
import { createArticle } from "../../lib/services/articles/createArticle";
import { listDeskArticles } from "../../lib/services/articles/listDeskArticles";
import { assignClaims } from "../../lib/services/claims/assignClaims";
import { databaseToday } from "../../lib/services/claims/dueDates";
import { listDeskClaims } from "../../lib/services/claims/listDeskClaims";
import { listMyClaims } from "../../lib/services/claims/listMyClaims";
import { signOffClaim } from "../../lib/services/claims/signOffClaim";
import { listVerdicts } from "../../lib/services/ratingScales/listVerdicts";
import { createUser } from "../../lib/services/users/createUser";
import { seededRandom } from "../seededRandom";
import { generateArticle, generateClaims } from "./reanchor";
import { signIn, waitFor } from "./workspace";
import { formatTiming, timeAsync } from "./timing";

const PASSWORD = "bench-password-123";
const ARTICLES = 200;
const CLAIMS = 20_000;
const BIG_ARTICLE_CLAIMS = 1_000;
const BUSY_REVIEWER_CLAIMS = 500;
const REVIEWERS = 15;
const BATCH = 1_000;
const RUNS = { warmup: 3, runs: 20 };
const SIGN_OFFS = RUNS.warmup + RUNS.runs;

const SENTENCES = [
  "The council said bus and tram ridership reached 412 million trips last year, the highest figure on record.",
  "Unemployment in the region fell to 3.2 percent, according to the statistics office.",
  "The minister said the new hospital will have 450 beds and open in March.",
  "Crime rose by 12 percent in the northern districts since 2020, police figures show.",
  "The company reported profits of 2.1 billion euros, up 40 percent on the year before.",
  "Opposition members said the count now includes free transfers.",
  "The mayor said 4,000 new homes were built in the past two years.",
  "Average rents have doubled since 2015, a tenants' group said.",
  "The school budget was cut by a fifth, the teachers' union said.",
  "Emissions from transport fell for the third year running, the agency said.",
];

/** `count` items split into `parts` shares that vary (seeded), each at least `min`. */
function spread(random: () => number, count: number, parts: number, min: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.3 + random() * 1.7);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(min, Math.floor((w / sum) * count)));
  let left = count - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left !== 0; i = (i + 1) % parts) {
    const step = left > 0 ? 1 : shares[i]! > min ? -1 : 0;
    shares[i]! += step;
    left -= step;
  }
  return shares;
}

type Seeded = {
  editor: ServiceContext;
  busyReviewer: ServiceContext;
  reviewerIds: string[];
  bigArticleId: string;
  /** Claims of the big article waiting for sign-off (verdict and explanation given), one per timed sign-off. */
  toSignOff: { id: string; version: number }[];
  seconds: number;
};

/** 200 articles and 20,000 claims, spread like a working newsroom's: statuses, reviewers, due dates, verdicts. */
export async function seedNewsroom(seed = 20_26): Promise<Seeded> {
  const started = performance.now();
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const db = await getDb();
  const system = systemContext(db);
  // Due dates are spread around the database's today, as YYYY-MM-DD.
  const today = await databaseToday(db);
  const daysFromToday = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const person = async (email: string, displayName: string, role: "editor" | "reviewer") => {
    const { user } = await createUser(system, { email, displayName, role, password: PASSWORD });
    return actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
  };
  const editor = await person("bench-editor@factdesk.test", "Bench Editor", "editor");
  const busyReviewer = await person("bench-reviewer@factdesk.test", "Busy Reviewer", "reviewer");
  const reviewerIds = [busyReviewer.actor!.id];
  for (let i = 2; i <= REVIEWERS; i++) reviewerIds.push((await person(`reviewer-${i}@factdesk.test`, `Reviewer ${i}`, "reviewer")).actor!.id);
  const otherReviewers = reviewerIds.slice(1);

  // The big article goes through the verb (which also makes the rating scale); the rest are inserted in batches.
  // Two generated 20,000-word texts: enough sentences for 1,000 claims with words of their own.
  const bigBody = `${generateArticle(11)}\n${generateArticle(12)}`;
  const big = await createArticle(editor, { title: "Benchmark article with 1,000 claims", body: bigBody, sourceOutlet: "Bench Daily" });
  const [{ ratingScaleId }] = (await db.select({ ratingScaleId: articles.ratingScaleId }).from(articles).where(eq(articles.id, big.id))) as [
    { ratingScaleId: string },
  ];
  const verdictIds = (await listVerdicts(editor)).map((v) => v.id);
  const bodies = new Map<string, string>([[big.id, bigBody]]);
  const articleIds = [big.id];
  // Claims per article: 1,000 on the big one, the other 19,000 spread unevenly (20 at least). Each article has more
  // sentences than claims, so every claim has words of its own (one claim per span, as the verbs keep it).
  const perArticle = [BIG_ARTICLE_CLAIMS, ...spread(random, CLAIMS - BIG_ARTICLE_CLAIMS, ARTICLES - 1, 20)];
  const rows = [];
  for (let i = 1; i < ARTICLES; i++) {
    const sentences = Array.from({ length: perArticle[i]! + 5 + Math.floor(random() * 20) }, () => pick(SENTENCES));
    const body = sentences.join(" ");
    rows.push({
      slug: `bench-article-${i}`,
      title: `Bench article ${i}: ${pick(SENTENCES).slice(0, 60)}`,
      body,
      sourceOutlet: pick(["Daily Example", "The Morning Post", "City Wire", "Radio North"]),
      ratingScaleId,
      publishedVersion: random() < 0.4 ? 1 + Math.floor(random() * 3) : null,
      createdBy: editor.actor!.id,
      updatedBy: editor.actor!.id,
      updatedAt: new Date(Date.now() - Math.floor(random() * 90 * 86_400_000)),
    });
  }
  for (let i = 0; i < rows.length; i += 100) {
    const inserted = await db.insert(articles).values(rows.slice(i, i + 100)).returning({ id: articles.id, body: articles.body });
    for (const row of inserted) {
      articleIds.push(row.id);
      bodies.set(row.id, row.body);
    }
  }

  // 500 claims (not the big article's sign-off candidates) go to the busy reviewer.
  const busyIndexes = new Set<number>();
  while (busyIndexes.size < BUSY_REVIEWER_CLAIMS) busyIndexes.add(BIG_ARTICLE_CLAIMS + Math.floor(random() * (CLAIMS - BIG_ARTICLE_CLAIMS)));
  const STATUSES: [ClaimStatus, number][] = [
    ["new", 0.2],
    ["in_progress", 0.3],
    ["needs_signoff", 0.15],
    ["signed_off", 0.3],
    ["dismissed", 0.05],
  ];
  const status = (): ClaimStatus => {
    let r = random();
    for (const [s, share] of STATUSES) if ((r -= share) < 0) return s;
    return "signed_off";
  };
  const pending: (typeof claims.$inferInsert)[] = [];
  let index = 0;
  const flush = async () => {
    if (pending.length) await db.insert(claims).values(pending.splice(0));
  };
  for (const [a, articleId] of articleIds.entries()) {
    const body = bodies.get(articleId)!;
    const anchors = generateClaims(body, perArticle[a]!);
    for (const [n, anchor] of anchors.entries()) {
      const busy = busyIndexes.has(index);
      let s = status();
      // Sign-off candidates for the timed status change: the big article's first claims wait for sign-off.
      if (a === 0 && n < SIGN_OFFS) s = "needs_signoff";
      if (busy && s === "new") s = "in_progress";
      const assigned = busy || s !== "new" || random() < 0.1;
      const reviewerId = busy ? busyReviewer.actor!.id : assigned ? pick(otherReviewers) : null;
      const open = s === "new" || s === "in_progress";
      const dueOn = reviewerId && random() < (open ? 0.8 : 0.5) ? daysFromToday(Math.floor(random() * 50) - 20) : null;
      const rated = s === "needs_signoff" || s === "signed_off" || (s === "in_progress" && random() < 0.3);
      pending.push({
        articleId,
        number: n + 1,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: anchor.quote,
        checkWorthiness: Math.round(random() * 100) / 100,
        status: s,
        reviewerId,
        dueOn,
        verdictId: rated ? pick(verdictIds) : null,
        publicExplanation: rated ? "The official figures say otherwise; see the sources." : "",
        submittedBy: s === "needs_signoff" || s === "signed_off" ? reviewerId : null,
        submittedAt: s === "needs_signoff" || s === "signed_off" ? new Date(Date.now() - Math.floor(random() * 20 * 86_400_000)) : null,
        dismissedReason: s === "dismissed" ? "Opinion, not a checkable claim." : null,
        createdBy: editor.actor!.id,
        updatedBy: editor.actor!.id,
      });
      index += 1;
      if (pending.length >= BATCH) await flush();
    }
  }
  await flush();
  // Each article's counter of claim numbers, as createClaim keeps it.
  for (let i = 0; i < articleIds.length; i += 100) {
    await db.insert(articleClaimNumbers).values(articleIds.slice(i, i + 100).map((articleId, j) => ({ articleId, lastNumber: perArticle[i + j]! })));
  }
  await db.execute(sql`analyze`);

  const toSignOff = await db
    .select({ id: claims.id, version: claims.version })
    .from(claims)
    .where(and(eq(claims.articleId, big.id), eq(claims.status, "needs_signoff"), sql`${claims.number} <= ${SIGN_OFFS}`))
    .orderBy(claims.number);
  return { editor, busyReviewer, reviewerIds, bigArticleId: big.id, toSignOff, seconds: (performance.now() - started) / 1000 };
}

/** Times the desk's reads and writes on the seeded newsroom; returns printable lines. */
export async function benchDesk(options: { http?: boolean } = {}): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-desk-"));
  const saved = { dir: process.env.FACTDESK_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.FACTDESK_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const seeded = await seedNewsroom();
    const { editor, busyReviewer } = seeded;
    const db = await getDb();
    lines.push(await describeSeed(db, seeded));

    const desk = await listDeskArticles(editor, {});
    lines.push(formatTiming(`desk, first page (${desk.articles.length} of ${desk.total} articles, editor)`, await timeAsync(() => listDeskArticles(editor, {}), RUNS), 300));
    const filter = { reviewer: seeded.reviewerIds[3]!, status: "open" };
    lines.push(formatTiming("desk, first page filtered by reviewer and status (editor)", await timeAsync(() => listDeskArticles(editor, filter), RUNS), 300));
    const reviewerDesk = await listDeskArticles(busyReviewer, {});
    lines.push(formatTiming(`desk, first page (${reviewerDesk.total} articles, the 500-claim reviewer)`, await timeAsync(() => listDeskArticles(busyReviewer, {}), RUNS), 300));
    lines.push(formatTiming("desk, last page (editor)", await timeAsync(() => listDeskArticles(editor, { page: desk.pageCount }), RUNS), 300));

    for (const view of ["overdue", "signoff", "claims"] as const) {
      const page = await listDeskClaims(editor, { view });
      lines.push(formatTiming(`desk claim list "${view}", first page (${page.claims.length} of ${page.total})`, await timeAsync(() => listDeskClaims(editor, { view }), RUNS), 300));
    }

    const mine = await listMyClaims(busyReviewer, {});
    lines.push(
      formatTiming(`My claims, open (${mine.claims.length} of ${mine.total}; ${mine.counts.all} assigned in all)`, await timeAsync(() => listMyClaims(busyReviewer, {}), RUNS), 300),
    );
    lines.push(formatTiming("My claims, all statuses", await timeAsync(() => listMyClaims(busyReviewer, { status: "all" }), RUNS), 300));

    // A status change on the 1,000-claim article: each run signs off another claim waiting for it.
    let next = 0;
    const signOff = await timeAsync(() => {
      const claim = seeded.toSignOff[next++]!;
      return signOffClaim(editor, { claimId: claim.id, version: claim.version });
    }, RUNS);
    lines.push(formatTiming("sign off one claim of the 1,000-claim article", signOff, 150));

    // Bulk assignment: a page of the unassigned list (50 claims), and the most one call takes (500).
    const unassigned = await db.select({ id: claims.id, version: claims.version }).from(claims).where(sql`${claims.reviewerId} is null`).limit(1000);
    const versions = new Map(unassigned.map((c) => [c.id, c.version]));
    let turn = 0;
    const bulk = (size: number) => async () => {
      const chosen = unassigned.slice(0, size).map((c) => ({ claimId: c.id, version: versions.get(c.id)! }));
      const result = await assignClaims(editor, { claims: chosen, reviewerId: seeded.reviewerIds[1 + (turn++ % 3)]! });
      for (const c of result.claims) versions.set(c.id, c.version);
    };
    lines.push(formatTiming("bulk-assign 50 claims (one page)", await timeAsync(bulk(50), { warmup: 2, runs: 10 })));
    lines.push(formatTiming("bulk-assign 500 claims (the most one call takes)", await timeAsync(bulk(500), { warmup: 1, runs: 5 })));

    await closeDb();
    if (options.http) lines.push(...(await benchPages(dataDir)));
  } finally {
    await closeDb();
    if (saved.dir === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

async function describeSeed(db: Db, seeded: Seeded): Promise<string> {
  const [row] = await db
    .select({
      articles: sql<number>`(select count(*) from ${articles})`.mapWith(Number),
      claims: sql<number>`count(*)`.mapWith(Number),
      busy: sql<number>`count(*) filter (where ${claims.reviewerId} = ${seeded.busyReviewer.actor!.id})`.mapWith(Number),
      big: sql<number>`count(*) filter (where ${claims.articleId} = ${seeded.bigArticleId})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${claims.status} in ('new', 'in_progress') and ${claims.dueOn} < current_date)`.mapWith(Number),
    })
    .from(claims);
  return `seeded ${row!.articles} articles, ${row!.claims.toLocaleString("en")} claims (${row!.big} on one article, ${row!.busy} for one reviewer, ${row!.overdue} overdue) in ${seeded.seconds.toFixed(1)} s`;
}

/** Serves the seeded database with the production build and times the desk and "My claims" pages, signed in. */
async function benchPages(dataDir: string): Promise<string[]> {
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
    const time = async (label: string, url: string, cookie: string) => {
      const timing = await timeAsync(async () => {
        const response = await fetch(url, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      }, RUNS);
      return formatTiming(label, timing, 300);
    };
    const editor = await signIn(base, "bench-editor@factdesk.test", PASSWORD);
    const reviewer = await signIn(base, "bench-reviewer@factdesk.test", PASSWORD);
    return [
      await time("desk page over HTTP (production server, full HTML, editor)", `${base}/desk`, editor),
      await time("My claims page over HTTP (production server, full HTML, 500-claim reviewer)", `${base}/desk/my-claims`, reviewer),
    ];
  } finally {
    server.kill("SIGTERM");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchDesk({ http: process.argv.includes("--http") })) console.log(line);
}
