import type { AsyncLocalStorage } from "node:async_hooks";

/** What the server (scripts/server.mjs) tracks about the request being served. */
export type RequestState = {
  id: string;
  /** Set when serving this request found the database unreachable: the server then answers 503, not 500. */
  databaseUnavailable: boolean;
};

// The server creates the store before Next.js loads and shares it under this key; scripts and tests run without one.
const KEY = Symbol.for("factdesk.requestState");

/** The state of the request being served, or undefined outside the server. */
export function currentRequest(): RequestState | undefined {
  const store = (globalThis as { [KEY]?: AsyncLocalStorage<RequestState> })[KEY];
  return store?.getStore();
}
