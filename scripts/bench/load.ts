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
 * Settings: LOAD_SECONDS (60), LOAD_STAFF (30), LOAD_READERS (200),
 * LOAD_DATABASE_URL (postgres://postgres@127.0.0.1:5432/factdesk_bench_load, dropped and re-created).
 * Not part of CI: it takes minutes and wants the machine to itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { asc, eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb, getDb, rowsOf } from "../../db/client";
import { articles, articleVersions, auditLog, claims, comments } from "../../db/schema";
import { actorContext, systemContext, type ServiceContext } from "../../lib/core/context";
import { assignReviewer } from "../../lib/services/claims/assignReviewer";
import type { ClaimDto } from "../../lib/services/claims/claimDto";
import { reviewClaim } from "../../lib/services/claims/reviewClaim";
import { CHANGED_SINCE } from "../../lib/services/publishing/publishArticle";
import type { PublishResult } from "../../lib/services/publishing/publishedDto";
import type { PublicationPreviewDto } from "../../lib/services/publishing/publicationPreviewDto";
import { listVerdicts } from "../../lib/services/ratingScales/listVerdicts";
import { createUser } from "../../lib/services/users/createUser";
import { GENERIC_FAILURE } from "../../lib/web/actionResult";
import { publishedArticle } from "./publicPages";
import { actionId, signIn, waitFor } from "./workspace";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const STAFF = Number(process.env.LOAD_STAFF ?? 30);
const READERS = Number(process.env.LOAD_READERS ?? 200);
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/factdesk_bench_load";
const PASSWORD = "load test password 2026";
/** A publishing editor waits this long between publications: a newsroom publishes now and then, not in a loop. */
const PUBLISH_PAUSE_MS = 1000;
const root = path.resolve(import.meta.dirname, "..", "..");
const AUTH_SECRET = randomBytes(32).toString("base64url");

type Role = "editor" | "reviewer";
/** What a staff member does during a run. */
type Duty = "reads" | "edits" | "reviews" | "publishes";
type Person = { id: string; email: string; role: Role; duty: Duty; cookie: string; context: ServiceContext };
/** What the script knows of a claim: the newest version any answer or its own read showed. */
type ClaimState = Pick<ClaimDto, "id" | "articleId" | "version" | "status" | "reviewerId" | "submittedBy">;
type Newsroom = {
  slugs: string[];
  articleIds: string[];
  staff: Person[];
  verdictIds: string[];
  claims: Map<string, ClaimState>;
  /** The highest claim version the app acknowledged to any client, over both runs. */
  highestAcknowledged: Map<string, number>;
};

/** One kind of request: every answer's time and status, and what the app said to the changes. */
type Tally = {
  name: string;
  times: number[];
  codes: Record<string, number>;
  /** No answer: the connection failed or timed out. */
  errors: number;
  conflicts: number;
  /** A clean refusal other than a conflict (say, a claim already signed off by someone else), with an example. */
  refusals: number;
  refusal?: string;
  /** The generic "something went wrong" answer: an unexpected error on the server, as bad as a 5xx. */
  failures: number;
};
/** A change the app acknowledged: the audit action it records, the entity and who made it. */
type Change = { action: string; entityId: string; actorId: string; version?: number; body?: string };

async function recreateDatabase() {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
}

/**
 * Staff duties: the first editor or two publish, the other editors and the reviewers are split between reading and
 * changing (at least one editor changes claims). Every claim gets a reviewer.
 */
async function seed(): Promise<Newsroom> {
  const db = await getDb();
  const system = systemContext(db);
  const staff: Person[] = [];
  const contexts: ServiceContext[] = [];
  const editorCount = Math.ceil(STAFF / 3);
  const publishers = editorCount > 4 ? 2 : 1;
  let editorsSoFar = 0;
  let reviewersSoFar = 0;
  for (let i = 0; i < STAFF; i++) {
    const role: Role = i % 3 === 0 ? "editor" : "reviewer";
    const email = `${role}${i}@load.test`;
    const { user } = await createUser(system, { email, displayName: `${role} ${i}`, role, password: PASSWORD });
    let duty: Duty;
    if (role === "editor") duty = editorsSoFar < publishers ? "publishes" : (editorsSoFar - publishers) % 2 === 0 ? "edits" : "reads";
    else duty = reviewersSoFar % 2 === 0 ? "reviews" : "reads";
    if (role === "editor") editorsSoFar++;
    else reviewersSoFar++;
    const context = actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
    staff.push({ id: user.id, email, role, duty, cookie: "", context });
    contexts.push(context);
  }
  const [writer, approver] = [contexts[0]!, contexts[3] ?? contexts[0]!];
  const slugs = [
    await publishedArticle(writer, approver, { title: "Housing claims, checked", characters: 6_500, claims: 12 }),
    await publishedArticle(writer, approver, { title: "Council budget claims, checked", characters: 20_000, claims: 40 }),
  ];
  const reviewers = staff.filter((p) => p.role === "reviewer");
  const rows = await db.select({ id: claims.id, version: claims.version }).from(claims);
  // Every claim gets a reviewer, so reviewers may review and comment on the claims they are given.
  for (const [i, claim] of rows.entries()) {
    await assignReviewer(writer, { claimId: claim.id, version: claim.version, reviewerId: reviewers[i % reviewers.length]!.id }).catch(() => {});
  }
  const verdictIds = (await listVerdicts(writer)).map((v) => v.id);
  const known = await readClaims();
  return { slugs, articleIds: [...new Set([...known.values()].map((c) => c.articleId))], staff, verdictIds, claims: known, highestAcknowledged: new Map() };
}

/** Every claim as stored now (the script's own read, not part of the load). */
async function readClaims(ids?: string[]): Promise<Map<string, ClaimState>> {
  const db = await getDb();
  const columns = {
    id: claims.id,
    articleId: claims.articleId,
    version: claims.version,
    status: claims.status,
    reviewerId: claims.reviewerId,
    submittedBy: claims.submittedBy,
  };
  const rows = ids ? await db.select(columns).from(claims).where(inArray(claims.id, ids)) : await db.select(columns).from(claims);
  return new Map(rows.map((row) => [row.id, row]));
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

/** A round-robin proxy: each request goes to the next instance, as a simple load balancer does. */
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

function tally(name: string): Tally {
  return { name, times: [], codes: {}, errors: 0, conflicts: 0, refusals: 0, failures: 0 };
}

/** An autocannon run of GET requests, every answer's time recorded in `into`; `cookie` signs every request in. */
async function readLoad(base: string, into: Tally, paths: string[], connections: number, cookie?: string) {
  if (connections < 1) return;
  const headers = { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) };
  const instance = autocannon({ url: base, connections, duration: SECONDS, requests: paths.map((p) => ({ method: "GET" as const, path: p, headers })) });
  // autocannon's promise is also its event emitter (its types only say the former).
  (instance as unknown as EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    into.times.push(ms);
    into.codes[status] = (into.codes[status] ?? 0) + 1;
  });
  const result = await instance;
  into.errors += result.errors + result.timeouts;
}

type Answer<T> = { ok: true; data: T } | { ok: false; error: string; conflict?: string[] };

/** The action's result in a server action's answer (React's flight format: one `id:json` row per line). */
function actionAnswer<T>(text: string): Answer<T> | null {
  for (const line of text.split("\n")) {
    const row = /^[0-9a-f]+:(\{.*)$/.exec(line);
    if (!row?.[1]?.includes('"ok":')) continue;
    try {
      const value = JSON.parse(row[1]) as Answer<T>;
      if (typeof value.ok === "boolean") return value;
    } catch {
      // another row
    }
  }
  return null;
}

/** The desk's staff and what the script knows; each person keeps the claim versions their page last showed them. */
class Desk {
  readonly changes: Change[] = [];
  readonly tallies = new Map<string, Tally>();
  private readonly seen = new Map<string, Map<string, number>>();
  private sequence = 0;

  constructor(
    private readonly base: string,
    private readonly newsroom: Newsroom,
    private readonly actions: Record<string, string>,
    readonly runId: string,
  ) {}

  next(): number {
    return this.sequence++;
  }

  tally(name: string): Tally {
    let found = this.tallies.get(name);
    if (!found) this.tallies.set(name, (found = tally(name)));
    return found;
  }

  /** The version of a claim this person last saw (their page shows what was current when it last refreshed). */
  versionSeenBy(person: Person, claimId: string): number {
    return this.seen.get(person.id)?.get(claimId) ?? this.newsroom.claims.get(claimId)!.version;
  }

  /** After a change of theirs, the page refreshes: the person sees every claim as the script now knows it. */
  private refreshed(person: Person) {
    this.seen.set(person.id, new Map([...this.newsroom.claims.values()].map((c) => [c.id, c.version])));
  }

  private learn(claim: ClaimState) {
    const known = this.newsroom.claims.get(claim.id);
    if (!known || claim.version > known.version) this.newsroom.claims.set(claim.id, claim);
  }

  /** Calls a server action as the person's browser does; returns its result, or null when there was none. */
  async call<T>(person: Person, kind: string, action: string, articleId: string, input: unknown): Promise<Answer<T> | null> {
    const counted = this.tally(kind);
    const started = performance.now();
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${this.base}/desk/articles/${articleId}`, {
        method: "POST",
        headers: {
          cookie: person.cookie,
          "next-action": this.actions[action]!,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
        },
        body: JSON.stringify([input]),
      });
      status = response.status;
      text = await response.text();
    } catch {
      counted.errors++;
      return null;
    }
    counted.times.push(performance.now() - started);
    counted.codes[status] = (counted.codes[status] ?? 0) + 1;
    if (status !== 200) return null;
    const answer = actionAnswer<T>(text);
    if (!answer) {
      counted.failures++;
      return null;
    }
    if (answer.ok) return answer;
    if (answer.error === GENERIC_FAILURE) counted.failures++;
    else if (answer.conflict || answer.error === CHANGED_SINCE) counted.conflicts++;
    else {
      counted.refusals++;
      counted.refusal ??= answer.error;
    }
    return answer;
  }

  /** A claim change: on success it is recorded as acknowledged; on a conflict the person reloads the claim. */
  async changeClaim(person: Person, kind: string, action: string, audit: string, claimId: string, input: Record<string, unknown>) {
    const claim = this.newsroom.claims.get(claimId)!;
    const answer = await this.call<ClaimDto>(person, kind, action, claim.articleId, { claimId, version: this.versionSeenBy(person, claimId), ...input });
    if (answer?.ok) {
      const dto = answer.data;
      this.learn(dto);
      const highest = this.newsroom.highestAcknowledged.get(dto.id) ?? 0;
      if (dto.version > highest) this.newsroom.highestAcknowledged.set(dto.id, dto.version);
      this.changes.push({ action: audit, entityId: dto.id, actorId: person.id, version: dto.version });
      this.refreshed(person);
    } else if (answer && !answer.ok) {
      // Reload, as the conflict message asks; the script's own read, not part of the load.
      const fresh = (await readClaims([claimId])).get(claimId);
      if (fresh) {
        this.learn(fresh);
        this.seen.get(person.id)?.set(claimId, fresh.version);
      }
    }
  }

  async comment(person: Person, claimId: string) {
    const body = `Load ${this.runId} comment ${this.next()}`;
    const answer = await this.call(person, "comments", "addCommentAction", this.newsroom.claims.get(claimId)!.articleId, { claimId, body });
    if (answer?.ok) this.changes.push({ action: "comment.create", entityId: claimId, actorId: person.id, body });
  }

  /**
   * Signs off up to two claims waiting for it, previews the article's next version and publishes it. A claim changed
   * in between makes the publication a conflict: the editor looks at the preview again and publishes (three tries).
   */
  async publish(person: Person, articleId: string) {
    const waiting = [...this.newsroom.claims.values()].filter((c) => c.articleId === articleId && c.status === "needs_signoff" && c.submittedBy !== person.id);
    for (const claim of waiting.slice(0, 2)) await this.changeClaim(person, "sign-offs", "signOffClaimAction", "claim.sign_off", claim.id, {});
    for (let attempt = 0; attempt < 3; attempt++) {
      const preview = await this.call<PublicationPreviewDto>(person, "publication previews", "previewPublicationAction", articleId, { articleId });
      if (!preview?.ok || preview.data.identical) return;
      const changeNote = `Load ${this.runId} version ${this.next()}`;
      const published = await this.call<PublishResult>(person, "publications", "publishArticleAction", articleId, { ...preview.data.shown, changeNote });
      if (published?.ok) {
        this.changes.push({ action: "article.publish", entityId: articleId, actorId: person.id, version: published.data.number, body: changeNote });
        return;
      }
      if (published?.ok === false && published.error !== CHANGED_SINCE) return;
    }
  }
}

const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/** One person's changes for the run's length, one request at a time, as a person at a browser makes them. */
async function work(desk: Desk, newsroom: Newsroom, person: Person, until: number) {
  const editors = newsroom.staff.filter((p) => p.duty === "edits");
  const reviewing = newsroom.staff.filter((p) => p.duty === "reviews").map((p) => p.id);
  const all = [...newsroom.claims.keys()];
  let turn = 0;
  while (Date.now() < until) {
    const dice = Math.random();
    if (person.duty === "publishes") {
      await desk.publish(person, newsroom.articleIds[turn++ % newsroom.articleIds.length]!);
      await new Promise((r) => setTimeout(r, PUBLISH_PAUSE_MS));
    } else if (person.duty === "edits") {
      // Each editor mostly works on claims of their own, now and then on anyone's: that is where saves collide.
      const own = all.filter((_, i) => i % editors.length === editors.indexOf(person));
      const claimId = (dice < 0.35 && Math.random() < 0.2 ? pick(all) : pick(own))!;
      const n = desk.next();
      if (dice < 0.35) {
        await desk.changeClaim(person, "claim edits", "editClaimAction", "claim.edit", claimId, {
          statement: `Load ${desk.runId} statement ${n}`,
          claimant: `Speaker ${n % 7}`,
        });
      } else if (dice < 0.5) {
        // Claims move between reviewers who are working (readers keep theirs, so their pages keep answering).
        const current = newsroom.claims.get(claimId)!.reviewerId;
        const reviewerId = pick(reviewing.filter((id) => id !== current));
        if (reviewerId && current && reviewing.includes(current)) {
          await desk.changeClaim(person, "assignments", "assignReviewerAction", "claim.assign", claimId, { reviewerId });
        }
      } else await desk.comment(person, claimId);
    } else {
      const mine = [...newsroom.claims.values()].filter((c) => c.reviewerId === person.id && c.status !== "dismissed");
      const claim = pick(mine);
      if (!claim) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      if (dice < 0.3) await desk.comment(person, claim.id);
      else {
        const n = desk.next();
        const submit = dice >= 0.75;
        await desk.changeClaim(person, submit ? "reviews sent for sign-off" : "draft reviews", "reviewClaimAction", "claim.review", claim.id, {
          verdictId: newsroom.verdictIds[n % newsroom.verdictIds.length],
          publicExplanation: `Load ${desk.runId} explanation ${n}: see the council's accounts.`,
          sources: [{ title: `Accounts ${n}`, url: `https://example.org/accounts/${n}` }],
          readyForSignoff: submit,
        });
      }
    }
  }
}

/**
 * Before a run (and not part of it), each article's first claim is sent for sign-off by its reviewer, so the
 * publishing editors have something to publish from the start. The script then reads every claim afresh.
 */
async function readyForPublishing(newsroom: Newsroom) {
  const stored = await readClaims();
  for (const articleId of newsroom.articleIds) {
    const claim = [...stored.values()].find((c) => c.articleId === articleId && c.status !== "needs_signoff" && c.status !== "dismissed");
    const reviewer = newsroom.staff.find((p) => p.id === claim?.reviewerId);
    if (!claim || !reviewer) continue;
    await reviewClaim(reviewer.context, {
      claimId: claim.id,
      version: claim.version,
      verdictId: newsroom.verdictIds[0]!,
      publicExplanation: "Checked against the council's published accounts before the run.",
      sources: [{ title: "Accounts", url: "https://example.org/accounts" }],
      readyForSignoff: true,
    });
  }
  newsroom.claims = await readClaims();
}

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
    readLoad(base, readers[0]!, newsroom.slugs.map((s) => `/articles/${s}`), Math.round(READERS * 0.6)),
    readLoad(base, readers[1]!, ["/", "/feed.xml", ...newsroom.slugs.map((s) => `/api/v1/articles/${s}`)], READERS - Math.round(READERS * 0.6)),
    // One connection per reading staff member, each with their own session on every request.
    ...staffReaders.map((p) => readLoad(base, readers[2]!, ["/desk", ...newsroom.articleIds.map((id) => `/desk/articles/${id}`)], 1, p.cookie)),
    ...newsroom.staff.filter((p) => p.duty !== "reads").map((p) => work(desk, newsroom, p, until)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  return { tallies: [...readers, ...desk.tallies.values()], changes: desk.changes, seconds, auditFrom };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

function report(label: string, tallies: Tally[], seconds: number): string[] {
  const lines = [`${label}: ${seconds.toFixed(0)} s`];
  for (const t of tallies) {
    const sorted = [...t.times].sort((a, b) => a - b);
    const ms = (p: number) => percentile(sorted, p).toFixed(0);
    const codes = Object.entries(t.codes)
      .map(([code, count]) => `${code}×${count}`)
      .join(" ");
    const outcomes = t.name.startsWith("reader") || t.name.startsWith("home") || t.name.startsWith("staff desk") ? "" : `  conflicts ${t.conflicts} refused ${t.refusals} failed ${t.failures}`;
    lines.push(
      `  ${t.name.padEnd(28)} ${(t.times.length / seconds).toFixed(1).padStart(6)} req/s  p50 ${ms(50)} ms  p95 ${ms(95)} ms  p99 ${ms(99)} ms  ` +
        `errors ${t.errors}${outcomes}  [${codes}]`,
    );
    if (t.refusal) lines.push(`    e.g. refused: ${t.refusal}`);
  }
  return lines;
}

const CHECKED = ["comment.create", "claim.edit", "claim.assign", "claim.review", "claim.sign_off", "article.publish"];

/** How many changes of each kind were acknowledged; a kind with none is named, since nothing checked it. */
function acknowledgedLine(changes: Change[]): string {
  const counts = new Map<string, number>(CHECKED.map((action) => [action, 0]));
  for (const change of changes) counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
  const unchecked = CHECKED.filter((action) => !counts.get(action));
  return (
    `  acknowledged changes: ${[...counts].map(([action, n]) => `${action} ${n}`).join(", ")}` +
    (unchecked.length ? ` (none of ${unchecked.join(", ")}: not checked in this run)` : "")
  );
}

/**
 * Every acknowledged change is stored with its audit entry; no claim is at a lower version than one acknowledged;
 * published versions are numbered without a gap; no answer was a 5xx or the generic failure.
 */
async function checkNothingLost(tallies: Tally[], changes: Change[], auditFrom: number, newsroom: Newsroom): Promise<string[]> {
  const db = await getDb();
  const problems: string[] = [];
  // A run in which nothing was acknowledged proves nothing: the server was too slow or refused every change.
  if (!changes.length) problems.push("no change was acknowledged, so nothing could be checked");
  for (const t of tallies) if (t.times.length === 0) problems.push(`${t.name}: no request completed`);

  const bodies = changes.filter((c) => c.action === "comment.create").map((c) => c.body!);
  const stored = new Map<string, string>();
  for (let i = 0; i < bodies.length; i += 1000) {
    const rows = await db.select({ id: comments.id, body: comments.body }).from(comments).where(inArray(comments.body, bodies.slice(i, i + 1000)));
    for (const row of rows) stored.set(row.body, row.id);
  }
  const missing = bodies.filter((body) => !stored.has(body));
  if (missing.length) problems.push(`${missing.length} acknowledged comments are missing, e.g. "${missing[0]}"`);

  // The audit entries written during the run, by action, entity and actor; each acknowledged change needs its own.
  const audited = new Map<string, number>();
  const entries = rowsOf<{ action: string; entity_id: string; actor_id: string; n: number }>(
    await db.execute(
      sql`SELECT action, entity_id, actor_id, count(*)::int AS n FROM ${auditLog} WHERE ${auditLog.id} > ${auditFrom} GROUP BY action, entity_id, actor_id`,
    ),
  );
  for (const e of entries) audited.set(`${e.action} ${e.entity_id} ${e.actor_id}`, e.n);
  const commentIds = new Set(stored.values());
  const commentAudits = rowsOf<{ entity_id: string }>(
    await db.execute(sql`SELECT entity_id FROM ${auditLog} WHERE ${auditLog.id} > ${auditFrom} AND ${auditLog.action} = 'comment.create'`),
  );
  const unaudited = commentIds.size - commentAudits.filter((e) => commentIds.has(e.entity_id)).length;
  if (unaudited) problems.push(`${unaudited} stored comments have no audit entry`);
  const wanted = new Map<string, number>();
  for (const c of changes) if (c.action !== "comment.create") wanted.set(`${c.action} ${c.entityId} ${c.actorId}`, (wanted.get(`${c.action} ${c.entityId} ${c.actorId}`) ?? 0) + 1);
  for (const [key, n] of wanted) {
    const found = audited.get(key) ?? 0;
    if (found < n) problems.push(`${n - found} acknowledged ${key.split(" ")[0]} on ${key.split(" ")[1]} have no audit entry`);
  }

  // No claim went backwards.
  const now = await readClaims();
  for (const [id, version] of newsroom.highestAcknowledged) {
    const stored = now.get(id)?.version ?? 0;
    if (stored < version) problems.push(`claim ${id} is at version ${stored}, but version ${version} was acknowledged`);
  }

  // Every acknowledged publication is stored as it was acknowledged, and versions go 1, 2, 3… per article.
  const versions = await db
    .select({ articleId: articleVersions.articleId, number: articleVersions.number, changeNote: articleVersions.changeNote })
    .from(articleVersions)
    .orderBy(asc(articleVersions.articleId), asc(articleVersions.number));
  for (const c of changes.filter((c) => c.action === "article.publish")) {
    const row = versions.find((v) => v.articleId === c.entityId && v.number === c.version);
    if (row?.changeNote !== c.body) problems.push(`acknowledged version ${c.version} of article ${c.entityId} is not stored as published`);
  }
  for (const articleId of newsroom.articleIds) {
    const numbers = versions.filter((v) => v.articleId === articleId).map((v) => v.number);
    if (numbers.some((n, i) => n !== i + 1)) problems.push(`article ${articleId}'s published versions are not 1…${numbers.length}: ${numbers.join(", ")}`);
    const [article] = await db.select({ published: articles.publishedVersion }).from(articles).where(eq(articles.id, articleId));
    if (article?.published !== numbers.length) problems.push(`article ${articleId} says version ${article?.published} is public, but ${numbers.length} exist`);
  }

  for (const t of tallies) {
    for (const [code, count] of Object.entries(t.codes)) if (code.startsWith("5")) problems.push(`${t.name}: ${count} answers with ${code}`);
    if (t.failures) problems.push(`${t.name}: ${t.failures} answers said something went wrong (an unexpected server error)`);
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
      `${duties("publishes")} publishing), ${READERS} readers; ${newsroom.slugs.length} published articles, ${newsroom.claims.size} claims; Postgres; production build`,
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
  proxy?.close();
  for (const child of children) child.kill("SIGTERM");
  await closeDb();
}
for (const line of lines) console.log(line);
