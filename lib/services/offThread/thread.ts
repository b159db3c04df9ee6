// A worker thread's side of runOffThread: runs each task it is sent and answers with the result or the error.
// Imported anywhere else (the verb registry imports every module here), it does nothing.
import { parentPort, workerData } from "node:worker_threads";
import { THREAD_READY, type ThreadAnswer } from "@/lib/core/workerPool";
import { OFF_THREAD_MARK, type OffThreadRequest } from "./protocol";
import { OFF_THREAD_TASKS } from "./tasks";

const port = (workerData as Record<string, unknown> | null)?.[OFF_THREAD_MARK] === true ? parentPort : null;

port?.on("message", ({ task, args }: OffThreadRequest) => {
  let answer: ThreadAnswer;
  try {
    answer = { ok: true, value: (OFF_THREAD_TASKS[task] as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
// Its modules are loaded (the language models and detector take a second or more): it can take tasks.
port?.postMessage(THREAD_READY);
