import type { Delivery } from "@/lib/services/live/liveFeed";

// The framing of a text/event-stream (Server-Sent Events) answer: the server (server/liveEvents.ts) writes `retry:`
// first, then each event with its id (eventFrame), heartbeat comments while nothing happens, and ends the stream after
// LIVE_STREAM_MAX_MS (the browser reconnects with Last-Event-ID and the session is checked again).

/** Where the desk's live events are served: by the server itself, not a Next.js route (server/liveEvents.ts says why). */
export const LIVE_EVENTS_PATH = "/api/desk/events";

/** The headers of an event stream: never cached, never compressed or buffered on the way. */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-store, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
};

/** One event as the stream's bytes. */
export function eventFrame({ id, name, data }: Delivery): string {
  return `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Opens a live event stream for the request that carries `cookieHeader`: resolves to a refusal's status (nothing was
 * sent), or to how to stop the stream's deliveries once it ends. `send` gets each event's frame (the first may come
 * before this resolves: what the viewer missed since `lastEventId`); `end` ends the stream from the app's side.
 */
export type OpenLiveStream = (
  cookieHeader: string | undefined,
  lastEventId: string | null,
  send: (frame: string) => void,
  end: () => void,
) => Promise<number | (() => void)>;

/** The key under which the app hands the server its OpenLiveStream (they are separate bundles). */
export const OPEN_LIVE_STREAM_KEY = Symbol.for("factdesk.openLiveStream");
