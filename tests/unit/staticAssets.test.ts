import fs from "node:fs";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { precompressStatic } from "../../scripts/precompressStatic.mjs";
import { ownHeaders } from "../../server/ownHeaders";
import { StaticAssets } from "../../server/staticAssets";

// The build's static files are compressed once at build time and sent as the browser asks, an ETag per encoding.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-static-"));
fs.mkdirSync(path.join(folder, "chunks"));
const script = `console.log(${JSON.stringify("a fact-check ".repeat(400))});\n`;
fs.writeFileSync(path.join(folder, "chunks", "app.js"), script);
fs.writeFileSync(path.join(folder, "chunks", "tiny.js"), "1;");
const totals = precompressStatic(folder);
const assets = new StaticAssets(folder);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function ask(url: string, headers: Record<string, string> = {}) {
  const req = new IncomingMessage(new Socket());
  req.method = "GET";
  req.url = url;
  Object.assign(req.headers, headers);
  const res = new ServerResponse(req);
  const sent: Buffer[] = [];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    if (chunk instanceof Uint8Array) sent.push(Buffer.from(chunk));
    return end();
  }) as ServerResponse["end"];
  const served = assets.serve(req, res, ownHeaders("page", false, false));
  return { served, res, body: Buffer.concat(sent) };
}

describe("precompressed static files", () => {
  test("a text file gets brotli and gzip siblings at build time; a tiny one none", () => {
    expect(totals.files).toBe(1);
    expect(fs.existsSync(path.join(folder, "chunks", "app.js.br"))).toBe(true);
    expect(fs.existsSync(path.join(folder, "chunks", "app.js.gz"))).toBe(true);
    expect(fs.existsSync(path.join(folder, "chunks", "tiny.js.br"))).toBe(false);
  });

  test("sent as the browser asks, immutable, with an ETag per encoding and 304 for its own", () => {
    const br = ask("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.served).toBe(true);
    expect(br.res.getHeader("content-encoding")).toBe("br");
    expect(br.res.getHeader("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.res.getHeader("vary")).toBe("Accept-Encoding");
    expect(br.res.getHeader("content-type")).toMatch(/^application\/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gzip = ask("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    expect(gzip.res.getHeader("content-encoding")).toBe("gzip");
    expect(gzip.res.getHeader("etag")).not.toBe(br.res.getHeader("etag"));
    const again = ask("/_next/static/chunks/app.js", { "accept-encoding": "br", "if-none-match": String(br.res.getHeader("etag")) });
    expect(again.res.statusCode).toBe(304);
  });

  test("left to Next.js: no compression asked, no sibling, another folder, or a way out of the folder", () => {
    expect(ask("/_next/static/chunks/app.js").served).toBe(false);
    expect(ask("/_next/static/chunks/tiny.js", { "accept-encoding": "br" }).served).toBe(false);
    expect(ask("/chunks/app.js", { "accept-encoding": "br" }).served).toBe(false);
    expect(ask("/_next/static/%2e%2e/%2e%2e/etc/passwd.js", { "accept-encoding": "br" }).served).toBe(false);
  });
});
