import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, test } from "vitest";
import { createWorkerPool, TimeBudgetExceededError, type WorkerPool } from "../../lib/core/workerPool";

// A thread that answers each message: echoes `value`, after sleeping `sleep` ms; spins for ever on `spin`; answers a
// failure on `fail`; exits on `exit`.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
if (workerData && workerData.loadMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.loadMs);
parentPort.postMessage("factdesk:thread-ready");
parentPort.on("message", (m) => {
  if (m.spin) for (;;) {}
  if (m.exit) process.exit(3);
  if (m.sleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, m.sleep);
  parentPort.postMessage(m.fail ? { ok: false, message: m.fail } : { ok: true, value: m.value });
});`;

let pool: WorkerPool | null = null;
let started = 0;
let threads: Worker[] = [];

function makePool(size: number, idleMs = 60_000, loadMs = 0): WorkerPool {
  started = 0;
  threads = [];
  const start = () => {
    started++;
    const thread = new Worker(THREAD, { eval: true, workerData: { loadMs } });
    threads.push(thread);
    return thread;
  };
  pool = createWorkerPool({ start, size, idleMs });
  return pool;
}

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("createWorkerPool", () => {
  test("runs tasks on at most `size` threads; the others wait their turn", async () => {
    const pool = makePool(2);
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((value) => pool.run({ value, sleep: 30 }, 30_000)));
    expect(answers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(started).toBe(2);
  });

  test("a task over its budget is refused and its thread ended; the next task gets a new thread", async () => {
    const pool = makePool(1);
    // The thread ready first: on a busy machine starting it can take longer than the budget below.
    expect(await pool.run({ value: "ready" }, 30_000)).toBe("ready");
    const before = performance.now();
    await expect(pool.run({ spin: true }, 300)).rejects.toBeInstanceOf(TimeBudgetExceededError);
    expect(performance.now() - before).toBeLessThan(10_000);
    expect(await pool.run({ value: "after" }, 30_000)).toBe("after");
    expect(started).toBe(2);
  });

  test("a task still waiting for a thread when its budget runs out is refused without running", async () => {
    const pool = makePool(1);
    const long = pool.run({ value: "long", sleep: 1_000 }, 30_000);
    await expect(pool.run({ value: "waiting" }, 100)).rejects.toBeInstanceOf(TimeBudgetExceededError);
    expect(await long).toBe("long");
    expect(started).toBe(1);
  });

  test("a task's own error fails that task only", async () => {
    const pool = makePool(1);
    await expect(pool.run({ fail: "no such thing" }, 30_000)).rejects.toThrow("no such thing");
    expect(await pool.run({ value: 7 }, 30_000)).toBe(7);
    expect(started).toBe(1);
  });

  test("a thread that stops fails its task; the next task gets a new thread", async () => {
    const pool = makePool(1);
    await expect(pool.run({ exit: true }, 30_000)).rejects.toThrow(/stopped \(exit code 3\)/);
    expect(await pool.run({ value: "again" }, 30_000)).toBe("again");
    expect(started).toBe(2);
  });

  test("an idle thread ends after a while", async () => {
    const pool = makePool(1, 50);
    expect(await pool.run({ value: 1 }, 30_000)).toBe(1);
    await once(threads[0]!, "exit");
    expect(await pool.run({ value: 2 }, 30_000)).toBe(2);
    expect(started).toBe(2);
  });

  test("a thread slow to load is not ended when a task's budget runs out meanwhile: it serves the next task", async () => {
    const slow = makePool(1, 60_000, 700);
    await expect(slow.run({ value: 1 }, 100)).rejects.toBeInstanceOf(TimeBudgetExceededError);
    await expect(slow.run({ value: 2 }, 5_000)).resolves.toBe(2);
    expect(started).toBe(1);
  });

  test("its time-budget error is told apart by instanceof even when another copy of the module made it", async () => {
    const copy = "../../lib/core/workerPool.ts?another-copy"; // a query string makes the runner load a second copy
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("../../lib/core/workerPool");
    expect(other.TimeBudgetExceededError).not.toBe(TimeBudgetExceededError);
    expect(new other.TimeBudgetExceededError(5) instanceof TimeBudgetExceededError).toBe(true);
    expect(new Error("not done within its time budget of 5 ms") instanceof TimeBudgetExceededError).toBe(false);
  });
});
