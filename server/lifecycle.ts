import type { Server, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { logFailure } from "../lib/core/log";

// Listening and stopping: what makes the process a well-behaved server behind a load balancer and a process manager.

/**
 * Idle keep-alive connections stay open longer than a load balancer keeps its own (60 s on most): a balancer that
 * reuses a connection the app had just closed gets a reset, which it answers 502 (Node's default is 5 s).
 */
export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/** The answers being written, so that shutting down waits for them. */
export class InFlight {
  private readonly responses = new Set<ServerResponse>();

  add(res: ServerResponse): void {
    this.responses.add(res);
    res.on("close", () => this.responses.delete(res));
  }

  get size(): number {
    return this.responses.size;
  }
}

/**
 * On SIGINT or SIGTERM: stop accepting connections, let the requests in flight finish (up to `timeoutMs`), stop the
 * fact-check sources' schedule, close the database and its read replica (the app registers how under global keys), and
 * exit 0.
 */
export function stopOnSignals(server: Server, inFlight: InFlight, timeoutMs: number, log: Logger): void {
  let stopping = false;
  async function shutdown(signal: NodeJS.Signals): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: inFlight.size }, `${signal}: finishing ${inFlight.size} request(s), then stopping`);
    // No new turn of the fact-check sources' schedule (lib/startup.ts); a read cut off is taken again after its lease.
    appHook<() => void>("factdesk.sourceSchedule")?.();
    server.close();
    server.closeIdleConnections();
    // The desk's live event streams never finish by themselves: end them (the browsers reconnect elsewhere).
    appHook<() => void>("factdesk.closeLiveStreams")?.();
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (inFlight.size > 0) log.warn({ cutOff: inFlight.size }, `${inFlight.size} request(s) cut off after ${timeoutMs} ms`);
    server.closeAllConnections();
    try {
      await appHook<() => Promise<void>>("factdesk.closeReadReplica")?.();
      await appHook<() => Promise<void>>("factdesk.closeDatabase")?.();
    } catch (error) {
      logFailure("closing the database failed", error);
    }
    log.info("stopped");
    log.flush?.();
    process.exit(0);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
}

/** A function the app's bundle registered for the server under a global key (it cannot be imported across bundles). */
function appHook<T>(name: string): T | undefined {
  return (globalThis as Record<symbol, T | undefined>)[Symbol.for(name)];
}
