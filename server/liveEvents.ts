import type { IncomingMessage, ServerResponse } from "node:http";
import { logFailure } from "../lib/core/log";
import { LIVE_HEARTBEAT_MS, LIVE_RETRY_MS, LIVE_STREAM_BACKLOG_BYTES, LIVE_STREAM_MAX_MS } from "../lib/domain/limits";
import { EVENT_STREAM_HEADERS, LIVE_EVENTS_PATH, OPEN_LIVE_STREAM_KEY, type OpenLiveStream } from "../lib/web/eventStream";
import type { OwnHeaders } from "./ownHeaders";

// The desk's live event streams (Server-Sent Events), written here rather than by a Next.js route: every staff page
// holds one open for as long as it is shown, and a stream Next.js serves keeps its whole request scope alive with it
// (about 170 KB each; 200 open streams cost 73 MB). Here one costs its socket and a few closures, and one timer beats
// for all of them. Who may have a stream and what it carries are the app's (lib/web/liveEvents.ts, handed over at
// start-up under a global key); this file only writes it: `retry:` first, each event, a heartbeat comment every
// LIVE_HEARTBEAT_MS, and the end after LIVE_STREAM_MAX_MS or when the viewer stops reading (a backlog).

type Stream = { opened: number; res: ServerResponse; end: () => void };

const streams = new Set<Stream>();
let heartbeat: ReturnType<typeof setInterval> | undefined;

/** Serves `GET /api/desk/events` (true), or leaves the request to the next handler (false). */
export function serveLiveEvents(req: IncomingMessage, res: ServerResponse, pathname: string, ownHeaders: OwnHeaders): boolean {
  if (req.method !== "GET" || pathname !== LIVE_EVENTS_PATH) return false;
  const open = (globalThis as Record<symbol, OpenLiveStream | undefined>)[OPEN_LIVE_STREAM_KEY];
  if (!open) {
    refuse(res, 503, ownHeaders); // the app is still starting: the browser tries again
    return true;
  }
  let started = false;
  let ended = false;
  let stop: (() => void) | undefined;
  const start = () => {
    if (started) return;
    started = true;
    res.writeHead(200, { ...ownHeaders(), ...EVENT_STREAM_HEADERS });
    res.write(`retry: ${LIVE_RETRY_MS}\n: connected\n\n`);
  };
  const stream: Stream = {
    opened: Date.now(),
    res,
    end: () => {
      if (ended) return;
      ended = true;
      streams.delete(stream);
      stop?.();
      start();
      res.end();
    },
  };
  const send = (frame: string) => {
    if (ended) return;
    start();
    res.write(frame);
    if (res.writableLength > LIVE_STREAM_BACKLOG_BYTES) stream.end();
  };
  res.on("close", stream.end);
  const lastEventId = req.headers["last-event-id"];
  open(req.headers.cookie, typeof lastEventId === "string" ? lastEventId : null, send, stream.end).then(
    (opened) => {
      if (typeof opened === "number") {
        if (!started && !ended) refuse(res, opened, ownHeaders);
        ended = true;
        return;
      }
      stop = opened;
      if (ended) return opened();
      start();
      streams.add(stream);
      heartbeat ??= setInterval(beat, LIVE_HEARTBEAT_MS).unref();
    },
    (error: unknown) => {
      logFailure("live events: could not open a stream", error);
      if (!started && !ended) refuse(res, 500, ownHeaders);
      ended = true;
    },
  );
  return true;
}

/** A comment on every open stream, so that proxies keep it; streams open longer than LIVE_STREAM_MAX_MS end. */
function beat(): void {
  const now = Date.now();
  for (const stream of streams) {
    if (now - stream.opened >= LIVE_STREAM_MAX_MS) stream.end();
    else stream.res.write(": heartbeat\n\n");
  }
  if (!streams.size) {
    clearInterval(heartbeat);
    heartbeat = undefined;
  }
}

function refuse(res: ServerResponse, status: number, ownHeaders: OwnHeaders): void {
  res.writeHead(status, { ...ownHeaders(), "Cache-Control": "no-store", "Content-Length": "0" }).end();
}
