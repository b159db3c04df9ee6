import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { OPEN_LIVE_STREAM_KEY, type OpenLiveStream } from "@/lib/web/eventStream";
import { serveLiveEvents } from "@/server/liveEvents";

// The server writes the desk's live event streams (server/liveEvents.ts) with what the app decides (a fake here):
// a refusal's bare status, or a stream that starts with `retry:`, carries each frame, and stops the app's deliveries
// when the browser goes.

const headers = () => ({ "X-Content-Type-Options": "nosniff" });
let base = "";
let server: http.Server;
const hooks = globalThis as Record<symbol, OpenLiveStream | undefined>;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!serveLiveEvents(req, res, new URL(req.url!, "http://test.invalid").pathname, headers)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  delete hooks[OPEN_LIVE_STREAM_KEY];
  server.closeAllConnections();
  server.close();
});

/** Reads the stream until `text` has arrived; returns all read so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  let read = "";
  while (!read.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    read += new TextDecoder().decode(value);
  }
  return read;
}

describe("the desk's live event streams", () => {
  test("a refusal is its bare status, with the cookie the app was given; other paths and methods are not ours", async () => {
    const open = vi.fn<OpenLiveStream>(async () => 401);
    hooks[OPEN_LIVE_STREAM_KEY] = open;
    const answer = await fetch(`${base}/api/desk/events`, { headers: { cookie: "authjs.session-token=x" } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.text()).toBe("");
    expect(open).toHaveBeenCalledWith("authjs.session-token=x", null, expect.any(Function), expect.any(Function));
    expect((await fetch(`${base}/api/desk/events`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}/api/desk/other`)).status).toBe(404);
  });

  test("a stream says how soon to reconnect, carries each frame, and stops the deliveries when the browser goes", async () => {
    const stop = vi.fn();
    let send: (frame: string) => void = () => {};
    hooks[OPEN_LIVE_STREAM_KEY] = vi.fn<OpenLiveStream>(async (_cookie, lastEventId, sendFrame) => {
      send = sendFrame;
      sendFrame(`id: missed\ndata: since ${lastEventId}\n\n`); // a replay, before the stream is open
      return stop;
    });
    const controller = new AbortController();
    const answer = await fetch(`${base}/api/desk/events`, { headers: { "last-event-id": "abc-7" }, signal: controller.signal });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    const reader = answer.body!.getReader();
    expect(await readUntil(reader, "since abc-7")).toMatch(/^retry: \d+\n: connected\n\nid: missed\ndata: since abc-7\n\n$/);
    send("event: change\ndata: {}\n\n");
    expect(await readUntil(reader, "event: change")).toBe("event: change\ndata: {}\n\n");
    expect(stop).not.toHaveBeenCalled();
    controller.abort();
    await vi.waitFor(() => expect(stop).toHaveBeenCalledOnce());
  });

  test("the app ends a stream (the server stopping, a lost listener): the browser sees it end", async () => {
    const stop = vi.fn();
    hooks[OPEN_LIVE_STREAM_KEY] = vi.fn<OpenLiveStream>(async (_cookie, _last, _send, end) => {
      setTimeout(end, 10);
      return stop;
    });
    const answer = await fetch(`${base}/api/desk/events`);
    expect(await answer.text()).toMatch(/^retry: \d+\n: connected\n\n$/);
    expect(stop).toHaveBeenCalledOnce();
  });
});
