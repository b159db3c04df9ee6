// A few worker threads for pure computations that can take seconds (on a 1 MB article), so that none holds up the
// event loop every other request of the process waits on. Each task has a time budget, waiting for a thread included:
// when it runs out, the task is refused and, if it was running, its thread is ended (a thread cannot be interrupted
// any other way). Threads are started on demand up to a fixed number, the other tasks wait their turn, and a thread
// left idle ends after a while. A thread is handed tasks only once it says it is ready (its modules loaded, which
// can take seconds on a busy machine): a budget that runs out while it loads refuses the task and leaves the thread
// to serve the next ones, where ending it would have every later task wait for a new thread's loading again.
import type { Worker } from "node:worker_threads";

const BRAND = Symbol.for("factdesk.TimeBudgetExceededError");

/** The task was not done within its time budget; if it had started, its thread was ended. */
export class TimeBudgetExceededError extends Error {
  readonly [BRAND] = true;

  constructor(budgetMs: number) {
    super(`not done within its time budget of ${budgetMs} ms`);
    this.name = "TimeBudgetExceededError";
  }

  /**
   * The process's pool is kept on globalThis (lib/services/offThread/runOffThread.ts), so its errors may come from
   * another copy of this module (a module reloaded in development, a test runner's second module graph): `instanceof`
   * goes by their brand, not by which copy of the class made them.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** What a thread answers to one task: its result, or the message of the error it threw. */
export type ThreadAnswer = { ok: true; value: unknown } | { ok: false; message: string };

/** What a thread posts once, when it is ready for tasks. */
export const THREAD_READY = "factdesk:thread-ready";

export type WorkerPoolOptions = {
  /** Starts one thread, which posts THREAD_READY once it can take tasks, then answers each with one ThreadAnswer. */
  start: () => Worker;
  /** At most this many threads at once. */
  size: number;
  /** A thread with nothing to do for this long ends. */
  idleMs: number;
};

export type WorkerPool = {
  /** Runs one task (a message for a thread) within `budgetMs` of now; rejects with TimeBudgetExceededError after. */
  run(message: unknown, budgetMs: number): Promise<unknown>;
  /** Ends every thread and refuses the tasks still waiting. */
  close(): Promise<void>;
};

type Task = {
  message: unknown;
  budgetMs: number;
  timer?: NodeJS.Timeout;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};
type Thread = { worker: Worker; ready: boolean; task: Task | null; idleTimer: NodeJS.Timeout | null };

/** A pool of at most `size` threads, started by `start` when tasks need them. */
export function createWorkerPool({ start, size, idleMs }: WorkerPoolOptions): WorkerPool {
  const threads = new Set<Thread>();
  const waiting: Task[] = [];

  /** The thread's task is done: the thread waits for the next one, and ends if none comes within `idleMs`. */
  function release(thread: Thread): Task | null {
    const task = thread.task;
    if (!task) return null;
    clearTimeout(task.timer);
    thread.task = null;
    thread.worker.unref(); // an idle thread does not keep the process alive
    thread.idleTimer = setTimeout(() => end(thread), idleMs).unref();
    return task;
  }

  function end(thread: Thread): void {
    if (!threads.delete(thread)) return;
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    void thread.worker.terminate();
  }

  function startThread(): Thread {
    const thread: Thread = { worker: start(), ready: false, task: null, idleTimer: null };
    threads.add(thread);
    thread.worker.on("message", (answer: ThreadAnswer | typeof THREAD_READY) => {
      if (answer === THREAD_READY) {
        thread.ready = true;
        thread.idleTimer = setTimeout(() => end(thread), idleMs).unref();
        dispatch();
        return;
      }
      const task = release(thread);
      if (!task) return;
      if (answer.ok) task.resolve(answer.value);
      else task.reject(new Error(answer.message));
      dispatch();
    });
    // A thread that fails outside a task's own error handling (out of memory, a module that does not load) ends.
    thread.worker.on("error", (error) => fail(thread, error));
    thread.worker.on("exit", (code) => fail(thread, new Error(`the worker thread stopped (exit code ${code})`)));
    return thread;
  }

  function fail(thread: Thread, error: Error): void {
    const task = thread.task;
    if (!threads.has(thread)) return;
    end(thread);
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    dispatch();
  }

  /** Hands waiting tasks, oldest first, to idle ready threads, starting threads (up to `size`) for the rest. */
  function dispatch(): void {
    while (waiting.length > 0) {
      const thread = [...threads].find((t) => t.ready && t.task === null);
      if (!thread) {
        const starting = [...threads].filter((t) => !t.ready).length;
        for (let more = Math.min(waiting.length - starting, size - threads.size); more > 0; more--) startThread();
        return;
      }
      const task = waiting.shift()!;
      if (thread.idleTimer) clearTimeout(thread.idleTimer);
      thread.idleTimer = null;
      thread.task = task;
      thread.worker.ref();
      thread.worker.postMessage(task.message);
    }
  }

  function expire(task: Task): void {
    const queued = waiting.indexOf(task);
    if (queued >= 0) waiting.splice(queued, 1);
    const thread = [...threads].find((t) => t.task === task);
    if (thread) {
      thread.task = null;
      end(thread);
    }
    task.reject(new TimeBudgetExceededError(task.budgetMs));
    dispatch();
  }

  return {
    run(message, budgetMs) {
      return new Promise((resolve, reject) => {
        const task: Task = { message, budgetMs, resolve, reject };
        task.timer = setTimeout(() => expire(task), budgetMs);
        waiting.push(task);
        dispatch();
      });
    },
    async close() {
      for (const task of waiting.splice(0)) {
        clearTimeout(task.timer);
        task.reject(new Error("the worker pool was closed"));
      }
      const ending = [...threads].map((thread) => {
        threads.delete(thread);
        if (thread.idleTimer) clearTimeout(thread.idleTimer);
        if (thread.task) {
          clearTimeout(thread.task.timer);
          thread.task.reject(new Error("the worker pool was closed"));
        }
        return thread.worker.terminate();
      });
      await Promise.all(ending);
    },
  };
}
