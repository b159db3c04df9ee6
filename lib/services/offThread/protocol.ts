// What runOffThread and its threads say to each other (the answers are lib/core/workerPool's ThreadAnswer).
import type { OFF_THREAD_TASKS } from "./tasks";

export type OffThreadTask = keyof typeof OFF_THREAD_TASKS;

/** One message to a thread: which task, with which arguments. */
export type OffThreadRequest<T extends OffThreadTask = OffThreadTask> = { task: T; args: Parameters<(typeof OFF_THREAD_TASKS)[T]> };

/** Set in a thread's workerData by runOffThread: only such a thread answers tasks. */
export const OFF_THREAD_MARK = "factdeskOffThread";
