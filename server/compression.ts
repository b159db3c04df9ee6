import type { IncomingMessage, ServerResponse } from "node:http";
import compression from "compression";
import onHeaders from "on-headers";

// Answers Next.js renders now (staff pages, and a reader's page the reader cache does not hold yet) are compressed as
// the browser asks, brotli (quality 4: fast enough to stream) else gzip, by the `compression` middleware. The build's
// files and the reader cache's answers are compressed ahead (server/staticAssets.ts, server/readerCache.ts), and the
// live event streams are written elsewhere (server/liveEvents.ts), so none of them comes here compressed twice.

const compress = compression({
  // What the middleware finds compressible (text, JSON, XML, SVG…), but never a live stream (each event must go out
  // when it is written) or an answer without a body.
  filter: (req, res) =>
    res.statusCode !== 204 && res.statusCode !== 304 && !/^text\/event-stream/i.test(String(res.getHeader("content-type") ?? "")) && compression.filter(req, res),
});

/**
 * Has `res` compressed when its answer is text and the browser takes brotli or gzip (`acceptEncoding`, as it asked:
 * Next.js rebuilds the request's headers after proxy.ts without it, and the reader cache drops it from a request
 * whose answer it may keep). `keptPlain` says, when the head is written, that the reader cache keeps this answer: it
 * goes out plain, as the cache stores it and compresses it once itself. Call before any tap of `res`.
 */
export function compressAnswer(req: IncomingMessage, res: ServerResponse, acceptEncoding: string | string[] | undefined, keptPlain: () => boolean): void {
  // Runs after the middleware has chosen (on-headers calls the last one registered first): a compressed body is
  // another representation, so a strong validator of the plain one must not name it too.
  onHeaders(res, () => {
    const coding = res.getHeader("content-encoding");
    const etag = res.getHeader("etag");
    if (coding && typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("ETag", `W/${etag}`);
  });
  // Read when the head is written, by which time the page has said whether it may be kept.
  const asked = {
    method: req.method,
    url: req.url,
    headers: {
      get "accept-encoding"() {
        return keptPlain() ? undefined : acceptEncoding;
      },
    },
  };
  compress(asked as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
}
