#!/usr/bin/env node
// The Factdesk server: Next.js behind a small Node HTTP server that does, for every request, what Next.js alone
// cannot: set the security headers with a fresh CSP nonce, refuse oversized bodies (413) before anything reads them,
// malformed addresses (400) and methods a path does not answer (405, with Allow) before Next.js fails on them,
// answer 503 (not 500) when the database is unreachable, serve public answers again from a cache that follows the
// public generation in the database, keep the demo on loopback, and shut down cleanly.
// `npm start` runs it on the production build, `npm run dev` with --dev.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { tsImport } from "tsx/esm/api";
import { tooLargeToSend } from "../lib/domain/bodyLimits.mjs";
import { allowedMethods } from "../lib/web/routeMethods.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const { loadConfig, ConfigError } = await tsImport("../lib/config.ts", import.meta.url);
const { bodyLimit, contentSecurityPolicy, responseKind, securityHeaders } = await tsImport("../lib/web/securityHeaders.ts", import.meta.url);
const publicCache = await tsImport("../lib/web/publicCache.ts", import.meta.url);
const { etagMatches } = await tsImport("../lib/web/etag.ts", import.meta.url);
const { forgetRunningServer, recordRunningServer } = await tsImport("../db/runningServer.ts", import.meta.url);
const { clientAddress, compileTrustedProxies, fromTrustedProxy, servedOverHttps } = await tsImport("../lib/web/clientAddress.ts", import.meta.url);

let settings;
try {
  settings = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`factdesk: ${error.message}`);
  process.exit(1);
}

const trustedProxies = compileTrustedProxies(settings.trustedProxies);

if (settings.demo && !isLoopback(settings.host) && !settings.demoPublic) {
  console.error(
    `factdesk: refusing to serve the demo newsroom on ${settings.host}: its accounts share a published password.\n` +
      "  Serve it on this machine only (leave HOST unset), or turn the demo off (FACTDESK_DEMO=0) and create your own\n" +
      "  admin with `npm run user:create`, or, for a throw-away trial, confirm with FACTDESK_DEMO_PUBLIC=1.",
  );
  process.exit(1);
}

// One logger for the server and the app (lib/core/log.ts keeps it under a global key): JSON lines on stdout.
const { logger, logFailure } = await tsImport("../lib/core/log.ts", import.meta.url);
const log = logger();

// The request being served, shared with the app's code (lib/core/requestState.ts) under this key.
const requestState = new AsyncLocalStorage();
globalThis[Symbol.for("factdesk.requestState")] = requestState;

// Public answers kept for signed-out readers (lib/web/publicCache.ts), valid while the public generation is the one
// they were rendered under. The generation is read once a second (an indexed one-row read) by the app's database
// module, which registers the reader under this key when it loads; until then, and while the database is
// unreachable, nothing is served from the cache. A change made through this instance that moves the generation
// bypasses the cache from the moment it says so (before its commit) until the generation has been read again after it.
const answers = new publicCache.AnswerCache(settings.publicCacheMegabytes * 1024 * 1024);
const GENERATION_KEY = Symbol.for("factdesk.readPublicGeneration");
let generation = null;
let changesInFlight = 0;
let changeEpoch = 0;
let reads = 0;

/** Reads the generation again; of reads that overlap, the one started last decides. */
async function readGeneration() {
  const read = globalThis[GENERATION_KEY];
  if (!read) return;
  const mine = ++reads;
  try {
    const value = await read();
    if (mine === reads) generation = value;
  } catch {
    if (mine === reads) generation = null;
  }
}
// One poll at a time: while the database is unreachable a read can hang until its connect timeout, and reads piled up
// behind it would hold the pool's connections that requests need the moment it is back.
let polling = false;
if (settings.publicCacheMegabytes > 0) {
  setInterval(() => {
    if (polling) return;
    polling = true;
    void readGeneration().finally(() => (polling = false));
  }, 1000).unref();
}

const inFlight = new Set();
const server = http.createServer(onRequest);
// Idle keep-alive connections stay open longer than a load balancer keeps its own (60 s on most): a balancer that
// reuses a connection the app had just closed gets a reset, which it answers 502 (Node's default is 5 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// A client that asks before sending a large body (Expect: 100-continue) is told no (serve's 413) before it sends anything.
server.on("checkContinue", (req, res) => {
  const limit = bodyLimit(new URL(req.url ?? "/", "http://factdesk.invalid").pathname);
  if (Number(req.headers["content-length"] ?? 0) <= limit) res.writeContinue();
  onRequest(req, res);
});

function onRequest(req, res) {
  const state = { id: randomUUID(), databaseUnavailable: false, status: undefined };
  const started = performance.now();
  inFlight.add(res);
  res.setHeader("X-Request-Id", state.id);
  res.on("close", () => {
    state.closed = true;
    inFlight.delete(res);
    logRequest(req, res, state, started);
  });
  requestState.run(state, () => serve(req, res, state));
}

/**
 * One line per request: id, method, route, status, duration. The route is the path without its query and with
 * token-like segments masked, so a link carrying a secret (a set-password link) never reaches the log.
 */
function logRequest(req, res, state, started) {
  const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away before the answer
  const line = {
    requestId: state.id,
    method: req.method,
    route: routeOf(req.url),
    status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    ...(res.getHeader("X-Factdesk-Cache") ? { cache: res.getHeader("X-Factdesk-Cache") } : {}),
    ...(req.headers["next-action"] ? { action: true } : {}),
  };
  if (status >= 500) log.error(line, "request");
  else log.info(line, "request");
}

function routeOf(url) {
  const pathname = new URL(url ?? "/", "http://factdesk.invalid").pathname;
  return pathname
    .split("/")
    .map((segment) => (looksLikeToken(segment) ? ":token" : segment))
    .join("/");
}

/** Random-looking: long, mixed case and digits (base64url), or long hex. Slugs (lower case) and ids (uuids) stay. */
function looksLikeToken(segment) {
  if (segment.length < 20 || !/^[A-Za-z0-9_-]+$/.test(segment)) return false;
  return (/[A-Z]/.test(segment) && /[a-z]/.test(segment) && /\d/.test(segment)) || /^[0-9a-f]{32,}$/i.test(segment);
}

const app = next({ dev, dir: root, hostname: settings.host, port: settings.port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
if (dev) server.on("upgrade", app.getUpgradeHandler());

// On the embedded database, where this server listens is noted in its data folder, so that `npm run db:backup` can
// ask it for the backup (the folder is this process's alone) instead of being refused (db/runningServer.ts).
const embeddedFolder = !settings.databaseUrl && settings.dataDir !== "memory://" ? path.resolve(settings.dataDir) : null;

server.listen(settings.port, settings.host, () => {
  if (embeddedFolder) {
    recordRunningServer(embeddedFolder, { pid: process.pid, port: server.address().port, host: settings.host });
    process.once("exit", () => forgetRunningServer(embeddedFolder, process.pid));
  }
  const shown = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  log.info({ port: settings.port, host: settings.host, dev }, `serving on http://${shown}:${settings.port}${dev ? " (development)" : ""}`);
  if (settings.demo) {
    log.info(
      isLoopback(settings.host)
        ? "factdesk: demo mode, reachable from this machine only. To serve a real newsroom, start on a new database " +
            "(another FACTDESK_DATA_DIR, or DATABASE_URL) with FACTDESK_DEMO=0 and create your admin with `npm run user:create`: " +
            "outside demo mode the demo accounts are switched off."
        : "factdesk: demo mode on a public address (FACTDESK_DEMO_PUBLIC=1): anyone who can reach it can sign in as admin.",
    );
  }
});

function serve(req, res, state) {
  const url = new URL(req.url ?? "/", "http://factdesk.invalid");

  // Headers of ours are set here, never taken from the client; a proxy's X-Forwarded- headers count only from a
  // proxy named in TRUSTED_PROXIES (Next.js and Auth.js read them too).
  for (const name of Object.keys(req.headers)) if (name.startsWith("x-factdesk-")) delete req.headers[name];
  req.headers["x-factdesk-client-address"] = clientAddress(req, trustedProxies);
  const https = servedOverHttps(req, trustedProxies) || Boolean(settings.authUrl?.startsWith("https:"));
  if (!fromTrustedProxy(req, trustedProxies)) {
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto"]) delete req.headers[name];
  }

  // Every answer carries the security headers of its path's kind, the server's own refusals below included.
  const kind = responseKind(url.pathname);
  const nonce = randomBytes(16).toString("base64");
  const headers = securityHeaders({ kind, nonce, https, dev });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Next.js takes the nonce for its scripts from the request's policy.
  if (kind !== "api") req.headers["content-security-policy"] = headers["Content-Security-Policy"];

  const limit = bodyLimit(url.pathname);
  if (Number(req.headers["content-length"] ?? 0) > limit) return refuse(req, res, 413, tooLargeToSend(limit));
  if (req.headers["transfer-encoding"]) countBody(req, res, limit);
  // Next.js decodes a path's segments and fails (500) on a malformed escape such as %FF or a lone %.
  if (!wellEncoded(req.url ?? "/")) return refuse(req, res, 400, "That address is not valid: it has a malformed %-escape.");
  const allowed = allowedMethods(url.pathname);
  if (!allowed.includes(req.method)) {
    res.setHeader("Allow", allowed.join(", "));
    return refuse(req, res, 405, `${req.method} is not answered here; use ${allowed.join(", ")}.`);
  }

  answerOrRender(req, res, state, (scriptHashes) => contentSecurityPolicy({ kind, nonce, https, dev, scriptHashes }), true);
}

// Readers' pages being rendered, by generation and cache key. Right after a publication every kept page is out of
// date at once; a reader asking for a page another reader's request is already rendering waits for that answer to be
// kept (up to 5 s) instead of rendering the same page again, so a burst of readers costs one render per page.
const rendering = new Map();

function answerOrRender(req, res, state, policyFor, mayWait) {
  const cached = cachedAnswer(req, res, state, policyFor);
  if (cached === "answered") return;
  if (cached) {
    const id = `${cached.generation} ${cached.key}`;
    const running = rendering.get(id);
    if (running && mayWait) {
      const patience = new Promise((resolve) => setTimeout(resolve, 5000).unref());
      void Promise.race([running, patience]).then(() => answerOrRender(req, res, state, policyFor, false));
      return;
    }
    if (!running) {
      let done;
      const mine = new Promise((resolve) => (done = resolve));
      rendering.set(id, mine);
      // "close" comes after "finish", where the answer was kept.
      res.on("close", () => {
        if (rendering.get(id) === mine) rendering.delete(id);
        done();
      });
    }
    // Kept bodies are stored plain and compressed once by the cache, not by Next.js per answer.
    delete req.headers["accept-encoding"];
    res.setHeader("X-Factdesk-Cache", "miss");
  }
  applyStatus(req, res, state);
  if (cached) keepWhenDone(req, res, state, cached);
  handle(req, res).catch((error) => {
    logFailure("request failed", error);
    if (!res.headersSent) res.writeHead(500).end();
  });
}

/**
 * Answers from the cache when it holds this request's answer ("answered"); otherwise says under which key and
 * generation the answer may be kept (or null: not from the cache at all). Changes that move the public generation
 * bypass it until they settle and the generation is read again, so this instance never serves what they replaced. A
 * kept page gets a policy that names its inline scripts by hash (`policyFor`), since its bytes, nonce included, are the rendered ones.
 */
function cachedAnswer(req, res, state, policyFor) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    // Only a change that moves the public generation (publishing, retracting, …) says so, before it commits; comments,
    // reviews and the rest of a busy desk's changes leave the readers' cache alone.
    // The bypass ends once the change's transaction has settled and the generation has been read again (or, at the
    // latest, when the answer is done).
    let active = false;
    state.onPublicChange = () => {
      if (active) return;
      active = true;
      changesInFlight += 1;
      changeEpoch += 1;
    };
    state.onPublicChangeSettled = () => {
      if (!active) return;
      active = false;
      void readGeneration().finally(() => (changesInFlight -= 1));
    };
    res.on("close", state.onPublicChangeSettled);
    return null;
  }
  const key = publicCache.cacheKey(req);
  if (!key || generation === null || changesInFlight > 0 || settings.publicCacheMegabytes === 0) return null;
  const kept = answers.get(key, generation);
  if (!kept) return { key, generation, epoch: changeEpoch };
  for (const [name, value] of Object.entries(kept.headers)) res.setHeader(name, value);
  if (kept.scriptHashes) res.setHeader("Content-Security-Policy", policyFor(kept.scriptHashes));
  res.setHeader("X-Factdesk-Cache", "hit");
  const vary = String(kept.headers.vary ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  // The gzipped and the plain body are two representations, each with its own ETag.
  const { body, etag, gzip } = publicCache.representationOf(kept, req.headers["accept-encoding"]);
  res.setHeader("ETag", etag);
  if (etagMatches(req.headers["if-none-match"], etag)) {
    res.writeHead(304).end();
    return "answered";
  }
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.writeHead(kept.status).end(req.method === "HEAD" ? undefined : body);
  return "answered";
}

/** Keeps the answer to a GET once it is sent, if the page marked it cacheable and nothing changed meanwhile. */
function keepWhenDone(req, res, state, { key, generation: renderedUnder, epoch }) {
  if (req.method !== "GET") return;
  const chunks = [];
  let size = 0;
  const collect = (chunk, encoding) => {
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    size += bytes.length;
    if (size <= 4 * 1024 * 1024) chunks.push(bytes);
  };
  const { write, end } = res;
  res.write = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  res.on("finish", () => {
    if (epoch !== changeEpoch || generation !== renderedUnder) return;
    const headers = res.getHeaders();
    if (!publicCache.mayKeep({ cacheable: Boolean(state.cacheable), status: res.statusCode, headers, size })) return;
    answers.set(key, publicCache.keptAnswer(res.statusCode, publicCache.keptHeaders(headers), Buffer.concat(chunks), renderedUnder));
  });
}

/**
 * A page that chose its status (lib/core/requestState.ts) answers with it. A request that found the database
 * unreachable answers 503, not 500. A browser asking for a page gets a plain page
 * that needs no script to say so; the app's own requests (navigations, actions) keep Next.js's answer, whose error
 * boundary says the same.
 */
function applyStatus(req, res, state) {
  const appRequest = Boolean(req.headers["rsc"] || req.headers["next-action"]);
  const { writeHead, write, end } = res;
  let replaced = false;
  res.writeHead = function (status, ...rest) {
    if (state.status && status === 200) status = state.status;
    if (!state.databaseUnavailable || status < 500) return writeHead.call(this, status, ...rest);
    this.setHeader("Retry-After", "30");
    this.setHeader("Cache-Control", "no-store");
    if (appRequest) return writeHead.call(this, 503, ...rest);
    replaced = true;
    for (const name of ["Content-Length", "Content-Encoding", "Link", "Vary", "ETag"]) this.removeHeader(name);
    writeHead.call(this, 503, { "Content-Type": "text/html; charset=utf-8" });
    end.call(this, DATABASE_DOWN_PAGE);
    return this;
  };
  res.write = function (...args) {
    return replaced ? true : write.apply(this, args);
  };
  res.end = function (...args) {
    if (!replaced) return end.apply(this, args);
    const callback = args.find((arg) => typeof arg === "function");
    if (callback) callback();
    return this;
  };
}

const DATABASE_DOWN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Database unavailable · Factdesk</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1c1917">
<main id="main"><h1>We can't reach the database right now</h1>
<p>Nothing you saved is lost. Please try again in a minute.</p>
<p><a href="" style="color: #1e40af">Try again</a></p></main>
</body></html>
`;

/**
 * The server's own refusal, with the security headers already set: the API's JSON error for route handlers under
 * /api, else one plain line. Bare `text/plain`: Next.js's client shows the text of such an answer to an action as its
 * error (the forms show the 413's, lib/domain/bodyLimits.mjs).
 */
function refuse(req, res, status, message) {
  const closeAfter = answer(req, res, status, message);
  dropTheRest(req, closeAfter);
}

// A refused body is read and dropped, not kept, and the connection stays open until it has all come, even when the
// client asked to close it (a proxy in front does): closed under a client that is still sending, a connection is
// reset, and the answer is often lost with it, so the client (or the proxy) reports a network error instead of the
// refusal. A client that goes on for longer or sends more than this is cut off.
const DISCARD_MS = 10_000;
const DISCARD_BYTES = 16 * 1024 * 1024;

/** Writes the refusal; says whether the client asked to close the connection after it. */
function answer(req, res, status, message) {
  const api = responseKind(new URL(req.url ?? "/", "http://factdesk.invalid").pathname) === "api";
  const body = Buffer.from(api ? JSON.stringify({ error: { status, message } }) : `${message}\n`);
  const closeAfter = !res.shouldKeepAlive;
  // Node.js would close the connection as soon as the answer is out.
  res.shouldKeepAlive = true;
  res.writeHead(status, { "Content-Type": api ? "application/json; charset=utf-8" : "text/plain", "Content-Length": body.length, "Cache-Control": "no-store" });
  res.end(body);
  return closeAfter;
}

function dropTheRest(req, closeAfter) {
  let dropped = 0;
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
  req.on("data", (chunk) => {
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
function wellEncoded(target) {
  try {
    decodeURIComponent(target.split(/[?#]/, 1)[0]);
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
function countBody(req, res, limit) {
  let received = 0;
  let refused = false;
  const emit = req.emit;
  req.emit = function (event, chunk, ...rest) {
    if (event === "data") received += chunk.length;
    if (!refused && received > limit) {
      refused = true;
      if (res.headersSent) req.socket.destroy();
      else answer(req, res, 413, tooLargeToSend(limit));
      setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
    }
    if (refused && (event === "data" || event === "end")) {
      if (event === "end" || received > limit + DISCARD_BYTES) req.socket.destroy();
      return false;
    }
    return emit.call(this, event, chunk, ...rest);
  };
}

function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ signal, inFlight: inFlight.size }, `${signal}: finishing ${inFlight.size} request(s), then stopping`);
  // No new turn of the fact-check sources' schedule (lib/startup.ts); a read cut off is taken again after its lease.
  globalThis[Symbol.for("factdesk.sourceSchedule")]?.();
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + settings.shutdownTimeoutMs;
  while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (inFlight.size > 0) log.warn({ cutOff: inFlight.size }, `${inFlight.size} request(s) cut off after ${settings.shutdownTimeoutMs} ms`);
  server.closeAllConnections();
  try {
    await globalThis[Symbol.for("factdesk.closeDatabase")]?.();
  } catch (error) {
    logFailure("closing the database failed", error);
  }
  log.info("stopped");
  log.flush?.();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
