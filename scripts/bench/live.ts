/**
 * `npm run bench:live`: how soon a change reaches the other staff's open pages. 30 staff (LIVE_STAFF) each hold the
 * desk's live event stream open (/api/desk/events, signed in with a session of their own), first all on one
 * instance, then split over two instances on one Postgres database. This script then makes LIVE_CHANGES comments,
 * one at a time, through the service layer (as the app does, on the same database) and times, for every stream that
 * may see it, from the start of the change to the event's arrival. Prints the median, p95 and max against the
 * issue's budget (median ≤ 500 ms, p95 ≤ 2 s) and how many streams did not get an event they should have. Last, what
 * LIVE_OPEN_STREAMS (200) open streams cost one instance: its memory, and the desk page's latency beside them.
 * Uses LOAD_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/factdesk_bench_live, dropped and re-created).
 * Not part of CI: it starts two production servers.
 */
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

process.env.LOAD_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/factdesk_bench_live";
process.env.LOAD_STAFF ??= process.env.LIVE_STAFF ?? "30";
const CHANGES = Number(process.env.LIVE_CHANGES ?? 40);
/** How long a stream may take before its event counts as missed. */
const PATIENCE_MS = 5_000;

const { closeDb } = await import("../../db/client");
const { addComment } = await import("../../lib/services/comments/addComment");
const { recreateDatabase, seed } = await import("./load/newsroom");
const { AUTH_SECRET, DATABASE_URL, PASSWORD } = await import("./load/settings");
const { startInstance } = await import("./load/traffic");
const { signIn, waitFor } = await import("./workspace");

type Stream = { arrivals: { articleId: string; at: number }[]; close: () => void };

/** Opens the live event stream with `cookie` and notes when each change event arrives. */
async function openStream(base: string, cookie: string): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/desk/events`, { headers: { cookie }, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const stream: Stream = { arrivals: [], close: () => controller.abort() };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^event: change$/m.test(frame)) continue;
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (data) stream.arrivals.push({ articleId: (JSON.parse(data) as { articleId: string }).articleId, at: performance.now() });
        }
      }
    } catch {
      // closed
    }
  })();
  return stream;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(label: string, bases: string[], newsroom: Awaited<ReturnType<typeof seed>>): Promise<string> {
  const streams = await Promise.all(newsroom.staff.map((person, i) => openStream(bases[i % bases.length]!, person.cookie)));
  // Who may see a change of an article: editors, and reviewers with a claim on it.
  const claims = [...newsroom.claims.values()];
  const latencies: number[] = [];
  let missed = 0;
  const author = newsroom.staff.find((p) => p.role === "editor")!;
  for (let n = 0; n < CHANGES; n++) {
    const claim = claims[n % claims.length]!;
    const entitled = newsroom.staff
      .map((person, i) => ({ person, stream: streams[i]! }))
      .filter(({ person }) => person.role === "editor" || claims.some((c) => c.articleId === claim.articleId && c.reviewerId === person.id));
    const from = entitled.map(({ stream }) => stream.arrivals.length);
    const started = performance.now();
    await addComment(author.context, { claimId: claim.id, body: `Live bench comment ${n}` });
    const deadline = started + PATIENCE_MS;
    const arrived = () => entitled.map(({ stream }, i) => stream.arrivals.slice(from[i]).find((a) => a.articleId === claim.articleId));
    while (arrived().some((a) => !a) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    for (const arrival of arrived()) {
      if (arrival) latencies.push(arrival.at - started);
      else missed++;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  streams.forEach((s) => s.close());
  const sorted = latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${Math.round(v)} ms`;
  return (
    `${label}: ${newsroom.staff.length} streams, ${CHANGES} changes, ${sorted.length} deliveries: ` +
    `median ${ms(percentile(sorted, 50))} (budget 500 ms), p95 ${ms(percentile(sorted, 95))} (budget 2,000 ms), max ${ms(sorted.at(-1) ?? NaN)}; missed ${missed}`
  );
}

/** The resident memory (MB) of a process and every process it started: start.mjs runs the server as its child. */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return kb / 1024;
}

/** Median and p95 (ms) of REQUESTS sequential signed-in requests for the desk. */
async function deskLatency(base: string, cookie: string, requests = 100): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const answer = await fetch(`${base}/desk`, { headers: { cookie } });
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`the desk answered ${answer.status}`);
    times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** What STREAMS open event streams cost one instance: memory, and the desk's latency beside them. */
async function measureOpenStreams(base: string, pid: number, newsroom: Awaited<ReturnType<typeof seed>>): Promise<string> {
  const count = Number(process.env.LIVE_OPEN_STREAMS ?? 200);
  const reader = newsroom.staff.find((p) => p.role === "editor")!;
  // Warm up: the desk page, and the event route once (its code and the listening connection load on first use).
  await deskLatency(base, reader.cookie, 30);
  const first = await Promise.all(newsroom.staff.slice(0, 5).map((person) => openStream(base, person.cookie)));
  await new Promise((r) => setTimeout(r, 1000));
  first.forEach((stream) => stream.close());
  await new Promise((r) => setTimeout(r, 1000));
  const before = { rss: treeRssMb(pid), latency: await deskLatency(base, reader.cookie) };
  // The first streams also grow the server's heap for the work any request does; what the streams themselves hold is
  // measured from a first quarter of them to all of them, and scaled to the whole count.
  const open = async (n: number) => {
    for (let i = 0; i < n; i++) streams.push(await openStream(base, newsroom.staff[streams.length % newsroom.staff.length]!.cookie));
    await new Promise((r) => setTimeout(r, 3000));
    return treeRssMb(pid);
  };
  const streams: Stream[] = [];
  const quarter = await open(Math.round(count / 4));
  const all = await open(count - streams.length);
  const perStreamMb = (all - quarter) / (count - Math.round(count / 4));
  const during = { rss: all, latency: await deskLatency(base, reader.cookie) };
  streams.forEach((stream) => stream.close());
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return (
    `${count} open streams on one instance: memory ${before.rss.toFixed(0)} MB before, ${quarter.toFixed(0)} MB with ${Math.round(count / 4)}, ` +
    `${all.toFixed(0)} MB with ${count}: ${(perStreamMb * 1024).toFixed(0)} KB a stream, ${(perStreamMb * count).toFixed(1)} MB for ${count} (budget 50 MB); ` +
    `the desk page (100 requests) median ${ms(before.latency.median)} → ${ms(during.latency.median)}, p95 ${ms(before.latency.p95)} → ${ms(during.latency.p95)}`
  );
}

const lines: string[] = [];
const children: ChildProcess[] = [];
try {
  await recreateDatabase();
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.AUTH_SECRET = AUTH_SECRET;
  process.env.FACTDESK_DEMO = "0";
  const newsroom = await seed();
  const ports = [3900 + Math.floor(Math.random() * 50), 0];
  ports[1] = ports[0]! + 50;
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  children.push(startInstance(ports[0]!), startInstance(ports[1]!));
  await Promise.all(bases.map((base) => waitFor(`${base}/api/health`, 900_000)));
  for (const person of newsroom.staff) person.cookie = await signIn(bases[0]!, person.email, PASSWORD);
  lines.push(await measure("one instance", bases.slice(0, 1), newsroom));
  lines.push(await measure("two instances, streams split between them", bases, newsroom));
  lines.push(await measureOpenStreams(bases[0]!, children[0]!.pid!, newsroom));
} finally {
  for (const child of children) child.kill("SIGTERM");
  await closeDb();
}
for (const line of lines) console.log(line);
