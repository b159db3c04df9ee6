import type { Delivery } from "@/lib/services/live/liveFeed";
import { LIVE_HEARTBEAT_MS, LIVE_RETRY_MS, LIVE_STREAM_BACKLOG_BYTES, LIVE_STREAM_MAX_MS } from "@/lib/domain/limits";

// The framing of a text/event-stream (Server-Sent Events) answer: `retry:` first, then each event with its id,
// heartbeat comments while nothing happens, and an end after LIVE_STREAM_MAX_MS (the browser reconnects with
// Last-Event-ID and the route checks the session again).

/** The headers of an event stream: never cached, never compressed or buffered on the way (Next.js's compression skips `no-transform`). */
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
 * An event stream: `open` is given how to send a delivery and how to end the stream, and returns what to do when it
 * ends (whoever ends it: the browser, the time limit, a backlog the viewer is not reading, or the server stopping).
 */
export function eventStream(open: (send: (delivery: Delivery) => void, end: () => void) => Promise<() => void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finish: (() => void) | undefined;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let ended = false;
      let onEnd: (() => void) | undefined;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const write = (text: string) => {
        if (ended) return;
        controller.enqueue(encoder.encode(text));
        if ((controller.desiredSize ?? 0) < -LIVE_STREAM_BACKLOG_BYTES) end();
      };
      const end = () => {
        if (ended) return;
        ended = true;
        timers.forEach(clearTimeout);
        clearInterval(heartbeat);
        onEnd?.();
        try {
          controller.close();
        } catch {
          // Already cancelled by the browser.
        }
      };
      finish = end;
      const heartbeat = setInterval(() => write(": heartbeat\n\n"), LIVE_HEARTBEAT_MS);
      timers.push(setTimeout(end, LIVE_STREAM_MAX_MS));
      write(`retry: ${LIVE_RETRY_MS}\n: connected\n\n`);
      try {
        onEnd = await open((delivery) => write(eventFrame(delivery)), end);
      } catch (error) {
        end();
        throw error;
      }
      if (ended) onEnd();
    },
    cancel() {
      finish?.();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 0 }) as QueuingStrategy<Uint8Array>);
}
