import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { tooLargeToSend } from "../lib/domain/bodyLimits.mjs";
import { allowedMethods } from "../lib/web/routeMethods.mjs";
import { bodyLimit, responseKind } from "../lib/web/securityHeaders";
import type { HostCheck } from "./demoHosts";
import type { OwnHeaders } from "./ownHeaders";
import { capRequestBody } from "./streamTaps";

// What the server refuses before Next.js reads a request: a body larger than its path accepts (413, with the limits
// of lib/domain/bodyLimits.mjs), a path with a malformed %-escape (400: Next.js decodes segments and fails with a 500
// on %FF or a lone %), and a method the path does not answer (405 naming the ones it does, lib/web/routeMethods.mjs:
// Next.js renders a page for any method, and fails on some). Each refusal carries the security headers of its path's
// kind (`ownHeaders`), since these answers never reach proxy.ts, which sets them on Next.js's.

// A refused body is read and dropped, not kept, and the connection stays open until it has all come, even when the
// client asked to close it (a proxy in front does): closed under a client that is still sending, a connection is
// reset, and the answer is often lost with it, so the client (or the proxy) reports a network error instead of the
// refusal. A client that goes on for longer or sends more than this is cut off.
const DISCARD_MS = 10_000;
const DISCARD_BYTES = 16 * 1024 * 1024;

/** A client that asks before sending a large body (Expect: 100-continue) is told no (the 413) before it sends anything. */
export function refuseLargeBodiesBeforeSending(server: Server, onRequest: (req: IncomingMessage, res: ServerResponse) => void): void {
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"] ?? 0) <= bodyLimit(pathOf(req))) res.writeContinue();
    onRequest(req, res);
  });
}

/**
 * Refuses `req` when it must be (and says so: true); else caps a body sent without a length at its limit. `hostAllowed`:
 * whether the Host it names is one this server answers (server/demoHosts.ts; 421 otherwise).
 */
export function refused(req: IncomingMessage, res: ServerResponse, ownHeaders: OwnHeaders, hostAllowed: HostCheck): boolean {
  if (!hostAllowed(req.headers.host)) {
    return refuse(req, res, 421, "This demo newsroom answers only at localhost on this machine: its accounts share a published password.", ownHeaders);
  }
  const pathname = pathOf(req);
  const limit = bodyLimit(pathname);
  if (Number(req.headers["content-length"] ?? 0) > limit) return refuse(req, res, 413, tooLargeToSend(limit), ownHeaders);
  if (req.headers["transfer-encoding"]) capChunkedBody(req, res, limit, ownHeaders);
  if (!wellEncoded(req.url ?? "/")) return refuse(req, res, 400, "That address is not valid: it has a malformed %-escape.", ownHeaders);
  const allowed = allowedMethods(pathname);
  if (!allowed.includes(req.method ?? "GET")) {
    res.setHeader("Allow", allowed.join(", "));
    return refuse(req, res, 405, `${req.method} is not answered here; use ${allowed.join(", ")}.`, ownHeaders);
  }
  return false;
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://factdesk.invalid").pathname;
}

/**
 * The server's own refusal: the API's JSON error for route handlers under /api, else one plain line. Bare
 * `text/plain`: Next.js's client shows the text of such an answer to an action as its error (the forms show the
 * 413's, lib/domain/bodyLimits.mjs).
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, ownHeaders: OwnHeaders): true {
  const closeAfter = answer(req, res, status, message, ownHeaders);
  dropTheRest(req, closeAfter);
  return true;
}

/** Writes the refusal; says whether the client asked to close the connection after it. */
function answer(req: IncomingMessage, res: ServerResponse, status: number, message: string, ownHeaders: OwnHeaders): boolean {
  for (const [name, value] of Object.entries(ownHeaders())) res.setHeader(name, value);
  const api = responseKind(pathOf(req)) === "api";
  const body = Buffer.from(api ? JSON.stringify({ error: { status, message } }) : `${message}\n`);
  const closeAfter = !res.shouldKeepAlive;
  // Node.js would close the connection as soon as the answer is out.
  res.shouldKeepAlive = true;
  res.writeHead(status, { "Content-Type": api ? "application/json; charset=utf-8" : "text/plain", "Content-Length": body.length, "Cache-Control": "no-store" });
  res.end(body);
  return closeAfter;
}

function dropTheRest(req: IncomingMessage, closeAfter: boolean): void {
  let dropped = 0;
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) req.socket.destroy();
  });
  req.on("end", () => {
    clearTimeout(timer);
    if (closeAfter) req.socket.end();
  });
  req.on("close", () => clearTimeout(timer));
  req.resume();
}

/** Whether every %-escape of the path decodes (as UTF-8); the query is Next.js's to read leniently. */
function wellEncoded(target: string): boolean {
  try {
    decodeURIComponent(target.split(/[?#]/, 1)[0]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * For bodies without a stated length: count what arrives and stop at the limit. Next.js, which is reading the body,
 * gets none of it past the limit; what still comes is dropped, and the connection closes once it has all come (or
 * is cut off as in dropTheRest), which ends Next.js's wait for the rest.
 */
function capChunkedBody(req: IncomingMessage, res: ServerResponse, limit: number, ownHeaders: OwnHeaders): void {
  capRequestBody(
    req,
    limit,
    () => {
      if (res.headersSent) req.socket.destroy();
      else answer(req, res, 413, tooLargeToSend(limit), ownHeaders);
      setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
    },
    (received, ended) => {
      if (ended || received > limit + DISCARD_BYTES) req.socket.destroy();
    },
  );
}
