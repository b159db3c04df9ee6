// Requests and their tallies: the instances, the round-robin proxy, autocannon's readers, the per-kind report.
import { type ChildProcess, fork, spawn } from "node:child_process";
import type { EventEmitter } from "node:events";
import path from "node:path";
import autocannon from "autocannon";
import { AUTH_SECRET, DATABASE_URL, SECONDS, root } from "./settings";

/** One kind of request: every answer's time and status, and what the app said to the changes. */
export type Tally = {
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

export function startInstance(port: number): ChildProcess {
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

/** The round-robin proxy (load/proxy.mjs) in a process of its own, once it listens. */
export function roundRobin(port: number, targets: number[]): Promise<ChildProcess> {
  const proxy = fork(path.join(import.meta.dirname, "proxy.mjs"), [String(port), ...targets.map(String)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    proxy.once("message", () => resolve(proxy));
    proxy.once("exit", (code) => reject(new Error(`the proxy exited with ${code}`)));
  });
}

export function tally(name: string): Tally {
  return { name, times: [], codes: {}, errors: 0, conflicts: 0, refusals: 0, failures: 0 };
}

/**
 * An autocannon run of GET requests, every answer's time recorded in `into`; `cookie` signs every request in, `rate`
 * caps each connection's requests a second (none: as fast as they are answered).
 */
export async function readLoad(base: string, into: Tally, paths: string[], connections: number, { cookie, rate }: { cookie?: string; rate?: number } = {}) {
  if (connections < 1) return;
  const headers = { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) };
  const instance = autocannon({
    url: base,
    connections,
    duration: SECONDS,
    ...(rate ? { connectionRate: rate } : {}),
    requests: paths.map((p) => ({ method: "GET" as const, path: p, headers })),
  });
  // autocannon's promise is also its event emitter (its types only say the former).
  (instance as unknown as EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    into.times.push(ms);
    into.codes[status] = (into.codes[status] ?? 0) + 1;
  });
  const result = await instance;
  into.errors += result.errors + result.timeouts;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

export function report(label: string, tallies: Tally[], seconds: number): string[] {
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
