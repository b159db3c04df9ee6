/**
 * A sign-in flood against one process: FLOOD_CONCURRENCY (80) wrong sign-ins at a time, spread over 200 client
 * addresses, for FLOOD_SECONDS (10), while one person signs in with the right password every half second from their
 * own address. Prints that person's sign-in times and how the flood's attempts ended (checked, refused as busy,
 * throttled). The password check itself (argon2id) is what a flood costs; the throttle's rows are in the database.
 * Run: BENCH_DATABASE_URL=postgres://…/factdesk_bench_flood npx tsx scripts/bench/signInFlood.ts (without it: the embedded
 * database in memory, whose queries run on the same thread as everything else, so the flood mostly measures it)
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "../../db/client";
import { signInThrottles } from "../../db/schema";
import { checkPassword, verifyCredentials } from "../../lib/auth/credentials";
import { MAX_CONCURRENT_HASHING, MAX_WAITING_HASHING } from "../../lib/auth/password";
import { systemContext } from "../../lib/core/context";
import { createUser } from "../../lib/services/users/createUser";

const concurrency = Number(process.env.FLOOD_CONCURRENCY ?? 80);
const seconds = Number(process.env.FLOOD_SECONDS ?? 10);
if (process.env.BENCH_DATABASE_URL) process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
else process.env.FACTDESK_DATA_DIR = "memory://";
process.env.FACTDESK_DEMO = "0";

const PASSWORD = "a lantern above the river";
const db = await getDb();
const email = `flood-${randomUUID().slice(0, 8)}@example.test`;
await createUser(systemContext(db), { email, displayName: "Someone at work", role: "editor", password: PASSWORD });

// The person signs in from the browser they used before (its device cookie), as staff usually do.
let deviceCookie: string | null = null;
async function timedSignIn(address: string): Promise<{ ms: number; outcome: string }> {
  const started = performance.now();
  const signedIn = await verifyCredentials({ email, password: PASSWORD }, { ipAddress: address, deviceCookie });
  if (signedIn.ok) deviceCookie = signedIn.deviceCookie;
  return { ms: performance.now() - started, outcome: signedIn.ok ? "ok" : signedIn.reason };
}

const quiet: number[] = [];
for (let i = 0; i < 10; i++) quiet.push((await timedSignIn("192.0.2.1")).ms);

const outcomes = new Map<string, number>();
let stop = false;
const flood = Array.from({ length: concurrency }, async (_, worker) => {
  let n = 0;
  while (!stop) {
    const address = `127.0.2.${(worker * 7 + n++) % 200}`;
    const step = await checkPassword({ email: `nobody-${randomUUID().slice(0, 6)}@example.test`, password: "a guess at it" }, { ipAddress: address });
    const outcome = step.ok ? "ok" : step.reason;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    // Requests arrive over the network; in one process the embedded database answers without ever yielding.
    await new Promise((resolve) => setImmediate(resolve));
  }
});
const during: { ms: number; outcome: string }[] = [];
const until = Date.now() + seconds * 1000;
while (Date.now() < until) {
  during.push(await timedSignIn("192.0.2.1"));
  await new Promise((resolve) => setTimeout(resolve, 500));
}
stop = true;
await Promise.all(flood);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const at = (values: number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const times = during.map((d) => d.ms);
console.log(`hashing: ${MAX_CONCURRENT_HASHING} at once, ${MAX_WAITING_HASHING} waiting at most`);
console.log(`quiet sign-in: median ${at(quiet, 50).toFixed(0)} ms`);
console.log(
  `during a flood of ${concurrency} at a time from 200 addresses, ${seconds} s: ${during.length} sign-ins, median ${at(times, 50).toFixed(0)} ms, ` +
    `worst ${Math.max(...times).toFixed(0)} ms; outcomes ${JSON.stringify(Object.fromEntries(during.reduce((m, d) => m.set(d.outcome, (m.get(d.outcome) ?? 0) + 1), new Map<string, number>())))}`,
);
console.log(`the flood's attempts: ${JSON.stringify(Object.fromEntries(outcomes))}`);
await db.delete(signInThrottles).where(sql`true`); // the bench's own throttle rows
await closeDb();
