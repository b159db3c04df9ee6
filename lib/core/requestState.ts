import type { AsyncLocalStorage } from "node:async_hooks";

/** What the server (server/main.ts) tracks about the request being served. */
export type RequestState = {
  id: string;
  /** Set when serving this request found the database unreachable: the server then answers 503, not 500. */
  databaseUnavailable: boolean;
  /** A status a page chose for its answer (410 for a retracted article), which Next.js cannot set for pages. */
  status?: number;
  /** Set by a public page or route whose answer depends only on published data: the server may cache it. */
  cacheable?: boolean;
  /** What a cacheable answer shows, by the keys shared caches purge (lib/domain/surrogateKeys.ts). */
  surrogateKeys?: Set<string>;
  /** Set by the server for a change (non-GET request): called when it is about to change what readers see… */
  onPublicChange?: () => void;
  /** … and when the transaction that did it has committed or rolled back. */
  onPublicChangeSettled?: () => void;
};

// The server creates the store before Next.js loads and shares it under this key; scripts and tests run without one.
const KEY = Symbol.for("factdesk.requestState");

/**
 * Makes the page being rendered answer with this status instead of 200 (the page still renders normally). Pages
 * have no way to set a status in Next.js; the server applies it when it writes the response's head.
 */
export function answerWithStatus(status: number): void {
  const request = currentRequest();
  if (request) request.status = status;
}

/**
 * Marks the answer being rendered as the same for every reader until the next publication or retraction: the server
 * (server/readerCache.ts) then keeps it and serves it again to signed-out readers until the public generation moves.
 * Call it only where nothing in the answer depends on who asks (no session, no draft, no per-user data). `keys` name
 * what the answer shows (the article, each claim, a list: lib/domain/surrogateKeys.ts), so that shared caches keep it
 * until one of them is purged; the organisation is named for every answer. Calls add up.
 */
export function cacheForReaders(keys: Iterable<string> = []): void {
  const request = currentRequest();
  if (!request) return;
  request.cacheable = true;
  request.surrogateKeys ??= new Set();
  for (const key of keys) request.surrogateKeys.add(key);
}

/**
 * Tells the server that the change being served is about to move the public generation (lib/services/publishing/
 * publicGeneration.ts), before its transaction commits: from then until the transaction has settled and the server
 * has read the generation again, this instance serves no kept answer and keeps none rendered before. Other changes
 * leave the readers' cache alone.
 */
export function publicDataChanging(): void {
  currentRequest()?.onPublicChange?.();
}

/** Called when the outermost transaction has committed or rolled back (lib/services/transaction.ts). */
export function publicChangeSettled(): void {
  currentRequest()?.onPublicChangeSettled?.();
}

/** The state of the request being served, or undefined outside the server. */
export function currentRequest(): RequestState | undefined {
  const store = (globalThis as { [KEY]?: AsyncLocalStorage<RequestState> })[KEY];
  return store?.getStore();
}
