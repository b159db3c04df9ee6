import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compressAnswer } from "@/server/compression";

// Answers rendered now go out compressed as the browser asks (server/compression.ts), on a real HTTP server.
const PAGE = `<!DOCTYPE html><p>${"Кремль said two drones were shot down. ".repeat(200)}</p>`;
let base = "";
const server = http.createServer((req, res) => {
  compressAnswer(req, res, req.headers["accept-encoding"], () => req.url === "/kept");
  const kind = new URL(req.url ?? "/", "http://x").pathname;
  if (kind === "/not-modified") return void res.writeHead(304, { etag: '"v1"' }).end();
  const type = kind === "/image" ? "image/png" : kind === "/events" ? "text/event-stream" : "text/html; charset=utf-8";
  res.writeHead(200, { "content-type": type, etag: '"v1"' });
  // In two writes, as a streamed page comes.
  res.write(PAGE.slice(0, 100));
  res.end(PAGE.slice(100));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer (fetch would decompress it). */
function ask(path: string, acceptEncoding?: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject).end();
  });
}

describe("answers rendered now", () => {
  test("are brotli when the browser takes it, else gzip, else plain; each encoding with its own validator", async () => {
    const br = await ask("/page", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers.etag).toBe('W/"v1"');

    const gzip = await ask("/page", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    expect(gzip.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);

    const plain = await ask("/page");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(plain.headers.etag).toBe('"v1"');
  });

  test("are left alone when not text, a live stream, bodiless, a HEAD request or kept plain by the reader cache", async () => {
    for (const path of ["/image", "/events", "/not-modified", "/kept"]) expect((await ask(path, "br, gzip")).headers["content-encoding"], path).toBeUndefined();
    expect((await ask("/page", "br", "HEAD")).headers["content-encoding"]).toBeUndefined();
  });
});
