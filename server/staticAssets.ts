import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { etagMatches, encodedEtag, strongEtag } from "../lib/web/etag";
import { preferredCoding, type ContentCoding } from "../lib/web/publicCache";
import type { OwnHeaders } from "./ownHeaders";

// The build's static files (/_next/static/…), compressed once at build time (scripts/precompressStatic.mjs), sent
// as the browser asks: brotli, else gzip. Next.js sends them uncompressed; a file with no compressed sibling (small,
// or a build made before this existed) is still Next.js's to send. Their names change with their content, so they
// are immutable; each encoding has its own ETag.

const PREFIX = "/_next/static/";
const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};
const SUFFIX: Record<ContentCoding, string> = { br: ".br", gzip: ".gz" };

type Encoded = { body: Buffer; etag: string } | null;

export class StaticAssets {
  // What was read of each file, by path and coding: the static folder is a few megabytes and never changes.
  private readonly files = new Map<string, Encoded>();

  constructor(private readonly folder: string) {}

  /** Sends a compressed build file when the browser takes one and it exists; false leaves the request to Next.js. */
  serve(req: IncomingMessage, res: ServerResponse, ownHeaders: OwnHeaders): boolean {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const pathname = (req.url ?? "").split("?")[0]!;
    if (!pathname.startsWith(PREFIX)) return false;
    const type = TYPES[path.extname(pathname)];
    if (!type) return false;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(PREFIX.length));
    } catch {
      return false;
    }
    const file = path.join(this.folder, relative);
    if (!file.startsWith(this.folder + path.sep)) return false;
    const available = (["br", "gzip"] as const).filter((coding) => this.read(file, coding));
    const coding = preferredCoding(req.headers["accept-encoding"], available);
    if (!coding) return false;
    const { body, etag } = this.read(file, coding)!;
    for (const [name, value] of Object.entries(ownHeaders())) res.setHeader(name, value);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", etag);
    if (etagMatches(req.headers["if-none-match"], etag)) {
      res.writeHead(304).end();
      return true;
    }
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Encoding", coding);
    res.setHeader("Content-Length", body.length);
    res.writeHead(200).end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  private read(file: string, coding: ContentCoding): Encoded {
    const key = `${coding} ${file}`;
    if (!this.files.has(key)) {
      let found: Encoded = null;
      try {
        const body = fs.readFileSync(file + SUFFIX[coding]);
        found = { body, etag: encodedEtag(strongEtag(fs.readFileSync(file)), coding) };
      } catch {
        found = null;
      }
      this.files.set(key, found);
    }
    return this.files.get(key)!;
  }
}
