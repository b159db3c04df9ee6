import type { IncomingMessage, ServerResponse } from "node:http";

// The only place the server replaces methods of Node's request and response objects (besides the `compression`
// middleware, server/compression.ts, which does for its own ends). Next.js's request handler
// writes to the response it is handed and reads the request it is handed, and Node offers no hook between the two:
// no event fires after the status is chosen and before the head is sent, none for each chunk written, and none lets a
// listener withhold a chunk of the body from the handler. Three things the server must do need exactly those hooks,
// and Next.js has no setting for any of them:
// - a page's own status (410 for a retracted article) and the 503 for an unreachable database replace the status
//   Next.js writes (pages cannot choose one; the status step lives in server/answerStatus.ts);
// - the reader cache keeps a copy of the bytes sent (server/readerCache.ts);
// - a body sent in chunks, with no length to check first, is cut off at its limit (server/refusals.ts).
// Each wrapper only observes or replaces what it names and otherwise calls Node's own method.

/** What the response's head becomes: another status, or a whole answer sent instead of what Next.js renders. */
export type HeadDecision = number | { replace: { status: number; headers: Record<string, string>; body: string } };

export type ResponseTap = {
  /** Called once with the status Next.js writes (also when it writes none and Node writes the implicit head). */
  head?: (status: number, res: ServerResponse) => HeadDecision;
  /** Called with every chunk of the body Next.js writes, as bytes. */
  chunk?: (bytes: Buffer) => void;
};

type WriteHeadArgs = Parameters<ServerResponse["writeHead"]> extends [unknown, ...infer Rest] ? Rest : never;

/** Wraps `res` so that `tap` sees its head and its body. Install at most one tap per response. */
export function tapResponse(res: ServerResponse, tap: ResponseTap): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replaced = false;

  // Node's implicit head (a first write or end without writeHead) goes through res.writeHead too.
  res.writeHead = function (status: number, ...rest: WriteHeadArgs) {
    const decision = tap.head ? tap.head(status, res) : status;
    if (typeof decision === "number") return writeHead(decision, ...rest);
    replaced = true;
    const { status: replacement, headers, body } = decision.replace;
    writeHead(replacement, headers);
    end(body);
    return res;
  } as ServerResponse["writeHead"];

  res.write = function (chunk: unknown, ...rest: unknown[]) {
    observe(tap, chunk, rest[0]);
    return replaced ? true : write(chunk, ...rest);
  } as ServerResponse["write"];

  res.end = function (...args: unknown[]) {
    observe(tap, args[0], args[1]);
    if (!replaced) return end(...args);
    // The answer that replaced Next.js's is already complete; Next.js's end only waits for its callback.
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return res;
  } as ServerResponse["end"];
}

function observe(tap: ResponseTap, chunk: unknown, encoding: unknown): void {
  if (!tap.chunk) return;
  if (typeof chunk === "string") tap.chunk(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  else if (chunk instanceof Uint8Array) tap.chunk(Buffer.from(chunk));
}

/**
 * Passes a request's body on to its reader only up to `limit` bytes: past it, `onOver` is called once and nothing
 * more of the body (nor its end) reaches the reader; `onDropped` is told each byte count dropped after that.
 */
export function capRequestBody(req: IncomingMessage, limit: number, onOver: () => void, onDropped: (received: number, ended: boolean) => void): void {
  let received = 0;
  let refused = false;
  const emit = req.emit.bind(req) as (event: string | symbol, ...args: unknown[]) => boolean;
  req.emit = function (event: string | symbol, ...args: unknown[]) {
    if (event === "data") received += (args[0] as Buffer).length;
    if (!refused && received > limit) {
      refused = true;
      onOver();
    }
    if (refused && (event === "data" || event === "end")) {
      onDropped(received, event === "end");
      return false;
    }
    return emit(event, ...args);
  } as IncomingMessage["emit"];
}
