import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestState } from "../lib/core/requestState";
import { etagMatches } from "../lib/web/etag";
import { AnswerCache, cacheKey, keptAnswer, keptHeaders, mayKeep, representationOf, sharedCacheControl } from "../lib/web/publicCache";
import type { OwnHeaders } from "./ownHeaders";
import { SURROGATE_KEY_HEADER, surrogateKeys } from "./sharedCaching";

// Public answers kept for signed-out readers (lib/web/publicCache.ts), valid while the public generation is the one
// they were rendered under. The generation is read once a second (an indexed one-row read) by the app's database
// module, which registers the reader under this key when it loads; until then, and while the database is
// unreachable, nothing is served from the cache. A change made through this instance that moves the generation
// bypasses the cache from the moment it says so (before its commit) until the generation has been read again after it.
//
// Keeping an answer means copying the bytes Next.js writes (server/streamTaps.ts): the pages render per request
// (each with its own CSP nonce), so Next.js's own caches (ISR, `cacheHandler`) never see them.

const GENERATION_KEY = Symbol.for("factdesk.readPublicGeneration");
/** Largest answer copied while it is sent; mayKeep refuses anything larger than its own, smaller limit anyway. */
const COPY_BYTES = 4 * 1024 * 1024;
/** How long a reader waits for another reader's rendering of the same page before rendering it too. */
const PATIENCE_MS = 5000;

type Keepable = { key: string; generation: number; epoch: number };

/** Renders the request through Next.js; `copy`, when given, sees every byte of the body written. */
export type Render = (copy?: (bytes: Buffer) => void) => void;


export class ReaderCache {
  private readonly answers: AnswerCache;
  private generation: number | null = null;
  private changesInFlight = 0;
  private changeEpoch = 0;
  private reads = 0;
  private polling = false;
  // Readers' pages being rendered, by generation and cache key. Right after a publication every kept page is out of
  // date at once; a reader asking for a page another reader's request is already rendering waits for that answer to
  // be kept (up to PATIENCE_MS) instead of rendering the same page again, so a burst of readers costs one render per page.
  private readonly rendering = new Map<string, Promise<void>>();

  /** `purged`: changes purge shared caches by key, so they may keep answers long (lib/web/publicCache.ts). */
  constructor(
    private readonly megabytes: number,
    private readonly purged = false,
  ) {
    this.answers = new AnswerCache(megabytes * 1024 * 1024);
  }

  /** Reads the generation once a second, one read at a time (none when the cache is off). */
  startPolling(): void {
    if (this.megabytes === 0) return;
    // One poll at a time: while the database is unreachable a read can hang until its connect timeout, and reads
    // piled up behind it would hold the pool's connections that requests need the moment it is back.
    setInterval(() => {
      if (this.polling) return;
      this.polling = true;
      void this.readGeneration().finally(() => (this.polling = false));
    }, 1000).unref();
  }

  /** Answers `req` from the cache, or has it rendered (and keeps the answer when the page marks it cacheable). */
  serve(req: IncomingMessage, res: ServerResponse, state: RequestState, ownHeaders: OwnHeaders, render: Render, mayWait = true): void {
    const cached = this.cachedAnswer(req, res, state, ownHeaders);
    if (cached === "answered") return;
    if (cached) {
      const id = `${cached.generation} ${cached.key}`;
      const running = this.rendering.get(id);
      if (running && mayWait) {
        const patience = new Promise<void>((resolve) => setTimeout(resolve, PATIENCE_MS).unref());
        void Promise.race([running, patience]).then(() => this.serve(req, res, state, ownHeaders, render, false));
        return;
      }
      if (!running) {
        let done!: () => void;
        const mine = new Promise<void>((resolve) => (done = resolve));
        this.rendering.set(id, mine);
        // "close" comes after "finish", where the answer was kept.
        res.on("close", () => {
          if (this.rendering.get(id) === mine) this.rendering.delete(id);
          done();
        });
      }
      // Kept bodies are stored plain and compressed once by the cache, not by Next.js per answer.
      delete req.headers["accept-encoding"];
      res.setHeader("X-Factdesk-Cache", "miss");
    }
    render(cached && req.method === "GET" ? this.keepWhenDone(res, state, cached) : undefined);
  }

  /** Reads the generation again; of reads that overlap, the one started last decides. */
  private async readGeneration(): Promise<void> {
    const read = (globalThis as { [GENERATION_KEY]?: () => Promise<number> })[GENERATION_KEY];
    if (!read) return;
    const mine = ++this.reads;
    try {
      const value = await read();
      if (mine === this.reads) this.generation = value;
    } catch {
      if (mine === this.reads) this.generation = null;
    }
  }

  /**
   * Answers from the cache when it holds this request's answer ("answered"); otherwise says under which key and
   * generation the answer may be kept (or null: not from the cache at all). Changes that move the public generation
   * bypass it until they settle and the generation is read again, so this instance never serves what they replaced.
   * A kept page gets a policy that names its inline scripts by hash (`ownHeaders`), since its bytes, nonce included,
   * are the rendered ones.
   */
  private cachedAnswer(req: IncomingMessage, res: ServerResponse, state: RequestState, ownHeaders: OwnHeaders): Keepable | "answered" | null {
    if (req.method !== "GET" && req.method !== "HEAD") {
      this.watchChange(res, state);
      return null;
    }
    const key = cacheKey({ method: req.method, url: req.url, headers: req.headers });
    if (!key || this.generation === null || this.changesInFlight > 0 || this.megabytes === 0) return null;
    const kept = this.answers.get(key, this.generation);
    if (!kept) return { key, generation: this.generation, epoch: this.changeEpoch };
    // The kept headers hold no policy and no HSTS (lib/web/publicCache.ts): those are this answer's own.
    for (const [name, value] of Object.entries({ ...ownHeaders(kept.scriptHashes), ...kept.headers })) res.setHeader(name, value);
    res.setHeader("X-Factdesk-Cache", "hit");
    // Served from here, a page is the same for every reader (its policy names scripts by hash, not by a nonce), so
    // shared caches may keep it too (server/sharedCaching.ts); only signed-out requests come this far.
    res.setHeader("Cache-Control", sharedCacheControl(this.purged));
    res.setHeader(SURROGATE_KEY_HEADER, surrogateKeys(kept.surrogateKeys));
    const vary = String(kept.headers.vary ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    // The plain, gzipped and brotli bodies are three representations, each with its own ETag.
    const { body, etag, coding } = representationOf(kept, req.headers["accept-encoding"]);
    res.setHeader("ETag", etag);
    if (etagMatches(req.headers["if-none-match"], etag)) {
      res.writeHead(304).end();
      return "answered";
    }
    if (coding) res.setHeader("Content-Encoding", coding);
    res.setHeader("Content-Length", body.length);
    res.writeHead(kept.status).end(req.method === "HEAD" ? undefined : body);
    return "answered";
  }

  /**
   * Only a change that moves the public generation (publishing, retracting, …) says so, before it commits; comments,
   * reviews and the rest of a busy desk's changes leave the readers' cache alone. The bypass ends once the change's
   * transaction has settled and the generation has been read again (or, at the latest, when the answer is done).
   */
  private watchChange(res: ServerResponse, state: RequestState): void {
    let active = false;
    state.onPublicChange = () => {
      if (active) return;
      active = true;
      this.changesInFlight += 1;
      this.changeEpoch += 1;
    };
    state.onPublicChangeSettled = () => {
      if (!active) return;
      active = false;
      void this.readGeneration().finally(() => (this.changesInFlight -= 1));
    };
    res.on("close", state.onPublicChangeSettled);
  }

  /** Copies the answer to a GET as it is sent, and keeps it if the page marked it cacheable and nothing changed meanwhile. */
  private keepWhenDone(res: ServerResponse, state: RequestState, { key, generation: renderedUnder, epoch }: Keepable): (bytes: Buffer) => void {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("finish", () => {
      if (epoch !== this.changeEpoch || this.generation !== renderedUnder) return;
      const headers = res.getHeaders();
      if (!mayKeep({ cacheable: Boolean(state.cacheable), status: res.statusCode, headers, size })) return;
      this.answers.set(key, keptAnswer(res.statusCode, keptHeaders(headers), Buffer.concat(chunks), renderedUnder, [...(state.surrogateKeys ?? [])]));
    });
    return (bytes) => {
      size += bytes.length;
      if (size <= COPY_BYTES) chunks.push(bytes);
    };
  }
}
