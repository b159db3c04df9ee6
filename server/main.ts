// The Factdesk server: Next.js behind a small Node HTTP server that does what only a server can, or what must
// happen before Next.js reads a request: refuse oversized bodies (413) before anything reads them, malformed
// addresses (400) and methods a path does not answer (405) before Next.js fails on them (server/refusals.ts); answer
// 503 (not 500) when the database is unreachable and a page's own status (server/answerStatus.ts); serve public
// answers again from a cache that follows the public generation in the database (server/readerCache.ts); write the
// desk's live event streams (server/liveEvents.ts); log every
// request; keep the demo on loopback; keep connections alive and shut down cleanly (server/lifecycle.ts). The
// security headers and each page's CSP nonce are proxy.ts's, where Next.js expects them.
//
// Compiled to dist/server.mjs with the build (scripts/compileServer.mjs), so production runs it on plain `node` (the
// root is one folder up, from there as from here). `npm start` runs it on the production build, `npm run dev` with --dev.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { ConfigError, loadConfig, type Config } from "../lib/config";
import { logFailure, logger } from "../lib/core/log";
import type { RequestState } from "../lib/core/requestState";
import { forgetRunningServer, recordRunningServer } from "../db/runningServer";
import { compileTrustedProxies } from "../lib/web/clientAddress";
import { responseKind } from "../lib/web/securityHeaders";
import { answerStatus } from "./answerStatus";
import { settleForwardedHeaders } from "./forwardedHeaders";
import { InFlight, keepConnectionsAlive, stopOnSignals } from "./lifecycle";
import { serveLiveEvents } from "./liveEvents";
import { ownHeaders } from "./ownHeaders";
import { compressAnswer } from "./compression";
import { checkedUpgrade, hostCheck } from "./demoHosts";
import { ReaderCache } from "./readerCache";
import { refuseLargeBodiesBeforeSending, refused } from "./refusals";
import { logRequest } from "./requestLog";
import { shareWhenPublic } from "./sharedCaching";
import { StaticAssets } from "./staticAssets";
import { tapResponse } from "./streamTaps";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");

let settings: Config;
try {
  settings = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`factdesk: ${error.message}`);
  process.exit(1);
}

if (settings.demo && !isLoopback(settings.host) && !settings.demoPublic) {
  console.error(
    `factdesk: refusing to serve the demo newsroom on ${settings.host}: its accounts share a published password.\n` +
      "  Serve it on this machine only (leave HOST unset), or turn the demo off (FACTDESK_DEMO=0) and create your own\n" +
      "  admin with `npm run user:create`, or, for a throw-away trial, confirm with FACTDESK_DEMO_PUBLIC=1.",
  );
  process.exit(1);
}

const trustedProxies = compileTrustedProxies(settings.trustedProxies);
// The demo answers only requests that name this machine, so another site's page cannot reach it by DNS rebinding.
const hostAllowed = hostCheck(settings);
// One logger for the server and the app (lib/core/log.ts keeps it under a global key): JSON lines on stdout.
const log = logger();

// The request being served, shared with the app's code (lib/core/requestState.ts) under this key.
const requestState = new AsyncLocalStorage<RequestState>();
(globalThis as Record<symbol, unknown>)[Symbol.for("factdesk.requestState")] = requestState;

// Shared caches keep public answers long only when changes purge them (lib/services/publishing/purgeKeys.ts).
const purged = settings.purgeUrls.length > 0;
const readerCache = new ReaderCache(settings.publicCacheMegabytes, purged);
readerCache.startPolling();

// The build's files, compressed at build time (none in development, where Next.js serves them as it builds them).
const staticAssets = dev ? null : new StaticAssets(path.join(root, ".next", "static"));

const inFlight = new InFlight();
const server = http.createServer(onRequest);
keepConnectionsAlive(server);
refuseLargeBodiesBeforeSending(server, onRequest);

const app = next({ dev, dir: root, hostname: settings.host, port: settings.port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
// Development's live reload (a WebSocket), behind the same Host check as every request.
if (dev) server.on("upgrade", checkedUpgrade(hostAllowed, app.getUpgradeHandler()));

function onRequest(req: IncomingMessage, res: ServerResponse): void {
  const state: RequestState = { id: randomUUID(), databaseUnavailable: false };
  const started = performance.now();
  // Each answer has a fixed set of "close" listeners: this server's (in-flight count, request log, reader cache,
  // compression) and Next.js's own, one more than Node's default warning threshold of 10.
  res.setMaxListeners(20);
  inFlight.add(res);
  res.setHeader("X-Request-Id", state.id);
  res.on("close", () => logRequest(log, req, res, state.id, started));
  requestState.run(state, () => serve(req, res, state));
}

function serve(req: IncomingMessage, res: ServerResponse, state: RequestState): void {
  const https = settleForwardedHeaders(req, trustedProxies, settings.authUrl);
  const pathname = new URL(req.url ?? "/", "http://factdesk.invalid").pathname;
  const headers = ownHeaders(responseKind(pathname), https, dev);
  if (refused(req, res, headers, hostAllowed)) return;
  if (staticAssets?.serve(req, res, headers)) return;
  if (serveLiveEvents(req, res, pathname, headers)) return;
  const acceptEncoding = req.headers["accept-encoding"];
  readerCache.serve(req, res, state, headers, (copy) => {
    const status = answerStatus(req, state);
    const head = (written: number, response: ServerResponse) => {
      const decision = status(written, response);
      if (typeof decision === "number") shareWhenPublic(req, response, state, decision, purged, headers);
      return decision;
    };
    compressAnswer(req, res, acceptEncoding, () => copy !== undefined && Boolean(state.cacheable));
    tapResponse(res, { head, chunk: copy });
    handle(req, res).catch((error: unknown) => {
      logFailure("request failed", error);
      if (res.headersSent) return;
      for (const [name, value] of Object.entries(headers())) res.setHeader(name, value);
      res.writeHead(500).end();
    });
  });
}

// On the embedded database, where this server listens is noted in its data folder, so that `npm run db:backup` can
// ask it for the backup (the folder is this process's alone) instead of being refused (db/runningServer.ts).
const embeddedFolder = !settings.databaseUrl && settings.dataDir !== "memory://" ? path.resolve(settings.dataDir) : null;

server.listen(settings.port, settings.host, () => {
  if (embeddedFolder) {
    const address = server.address();
    recordRunningServer(embeddedFolder, { pid: process.pid, port: typeof address === "object" && address ? address.port : settings.port, host: settings.host });
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

stopOnSignals(server, inFlight, settings.shutdownTimeoutMs, log);

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
