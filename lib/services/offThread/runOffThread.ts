// Runs the pure computations of tasks.ts on a small pool of worker threads, each within a time budget, so that a
// long article never holds up the event loop (and with it every other request of the process).
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { createWorkerPool, type WorkerPool } from "@/lib/core/workerPool";
import { OFF_THREAD_MARK, type OffThreadRequest, type OffThreadTask } from "./protocol";
import type { OFF_THREAD_TASKS } from "./tasks";

// Two threads on the 2-core machines we run on, so that one long task (a 5 MB page to read) does not hold up the
// others; on more cores one is left to the event loop, and never more than four. A busy thread does not delay the
// event loop much: it needs the processor for moments only, and the system gives it a turn within milliseconds.
const THREADS = Math.max(2, Math.min(4, availableParallelism() - 1));
// Starting a thread costs about a tenth of a second (loading the code and the scorer's weights): kept a while.
const IDLE_MS = 5 * 60_000;

const KEY = Symbol.for("factdesk.offThreadPool");

/** The process's pool, made on first use; kept on globalThis so that a module reloaded in development reuses it. */
function pool(): WorkerPool {
  const holder = globalThis as { [KEY]?: WorkerPool };
  holder[KEY] ??= createWorkerPool({ start: startThread, size: THREADS, idleMs: IDLE_MS });
  return holder[KEY];
}

function startThread(): Worker {
  // In Next.js, thread.ts and what it imports are compiled into a file of their own (Turbopack follows
  // `new Worker(new URL(…, import.meta.url))`), so the thread runs compiled JavaScript.
  const options = { name: "factdesk-off-thread", workerData: { [OFF_THREAD_MARK]: true } };
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./thread.ts", import.meta.url), options);
  // Vitest and the scripts run the TypeScript sources, which a Node 20 thread loads only once tsx (a development
  // dependency) is registered in it.
  const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "thread.ts")).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(/* turbopackIgnore: true */ boot, { ...options, eval: true });
}

/** Runs `task` on a worker thread; rejects with TimeBudgetExceededError when it is not done within `budgetMs`. */
export async function runOffThread<T extends OffThreadTask>(
  task: T,
  args: OffThreadRequest<T>["args"],
  budgetMs: number,
): Promise<ReturnType<(typeof OFF_THREAD_TASKS)[T]>> {
  const request: OffThreadRequest<T> = { task, args };
  return (await pool().run(request, budgetMs)) as ReturnType<(typeof OFF_THREAD_TASKS)[T]>;
}
