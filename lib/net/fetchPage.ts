import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { config } from "@/lib/config";
import { ValidationError } from "@/lib/core/errors";
import { type HostResolver, type VettedTarget, importRefused, vetImportUrl } from "./importSafety";
import { IMPORTED_PAGE_BYTES } from "@/lib/domain/limits";
import { words, type ServiceWords } from "@/lib/core/serviceWords";

export type FetchedPage = { finalUrl: string; contentType: string; text: string };

export type FetchPageOptions = {
  /** Time for the whole import, redirects included. Default: FACTDESK_IMPORT_TIMEOUT_MS (10 seconds). */
  timeoutMs?: number;
  /** Largest page accepted, counted after decompression. Default 5 MB. */
  maxBytes?: number;
  /** For tests: how hostnames are looked up. */
  resolve?: HostResolver;
  /** The content types read (default: HTML and plain text), and what to call the file in messages. */
  types?: { accepted: ReadonlySet<string>; described: string };
};

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const READABLE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const PAGE_TYPES = { accepted: READABLE_TYPES, described: "web pages (HTML) and plain text" };

const REQUEST_HEADERS = {
  "user-agent": "Mozilla/5.0 (compatible; Factdesk article import)",
  accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "*",
};

/**
 * Fetches a web page for import, guarded against server-side request forgery: every hop of up to 5 redirects is
 * vetted (see importSafety) and connected to by the vetted IP address; one time limit covers the whole fetch; the
 * size is counted while streaming; only HTML and plain text are read. Every failure is a ValidationError whose
 * message is meant for the editor.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? config().importTimeoutMs;
  const maxBytes = options.maxBytes ?? IMPORTED_PAGE_BYTES;
  const types = options.types ?? PAGE_TYPES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = await untilAborted(vetImportUrl(current, options.resolve), controller.signal);
      const response = await send(target, controller.signal);
      const status = response.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw importRefused(words("redirectWithoutLocation", { status: describeStatus(status) }));
        if (redirects >= MAX_REDIRECTS) {
          throw importRefused(words("tooManyRedirects", { max: MAX_REDIRECTS }));
        }
        current = resolveLocation(location, target.url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw importRefused(statusMessage(status));
      }

      const declared = parseContentType(response.headers["content-type"]);
      if (declared && !types.accepted.has(declared.mimeType)) {
        response.destroy();
        throw importRefused(words("wrongFileType", { type: declared.mimeType, described: types.described }));
      }
      const bytes = await readBody(response, maxBytes);
      const mimeType = declared?.mimeType ?? sniffMimeType(bytes);
      if (!mimeType) {
        throw importRefused(words("unknownFileKind"));
      }
      const text = decode(bytes, declared?.charset ?? null, mimeType !== "text/plain");
      return { finalUrl: target.url.href, contentType: mimeType, text };
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw importRefused(words("pageTooSlow", { seconds: Math.round(timeoutMs / 100) / 10 }), error);
    }
    if (error instanceof ValidationError) throw error;
    throw importRefused(networkMessage(error), error);
  } finally {
    clearTimeout(timer);
  }
}


/** Sends the request to the vetted address; the URL's hostname still names the site (Host header, TLS SNI). */
function send(target: VettedTarget, signal: AbortSignal): Promise<IncomingMessage> {
  const { address, family } = target;
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const transport = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target.url,
      { method: "GET", headers: REQUEST_HEADERS, lookup, family, signal, agent: false },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

/** A DNS lookup cannot be cancelled, but the fetch stops waiting for it at the time limit. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw importRefused(words("badRedirect"));
  }
}

/** Reads the (decompressed) body, stopping as soon as it exceeds `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => importRefused(words("pageTooLarge", { size: describeSize(maxBytes) }));
  const declaredLength = Number(response.headers["content-length"]);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream = decompressed(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(buffer);
    }
  } finally {
    if (stream !== response) stream.destroy();
    response.destroy();
  }
  return Buffer.concat(chunks);
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return response;
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) {
    response.destroy();
    throw importRefused(words("unreadableCompression", { encoding }));
  }
  // pipe() does not pass on errors or an early close; without this a cut-off response would leave us waiting.
  response.on("error", (error) => decoder.destroy(error));
  response.on("close", () => {
    if (!response.complete) decoder.destroy(new Error("The response was cut off."));
  });
  return response.pipe(decoder);
}

function parseContentType(header: string | undefined): { mimeType: string; charset: string | null } | null {
  if (!header) return null;
  const [type, ...params] = header.split(";");
  const mimeType = type!.trim().toLowerCase();
  if (!mimeType) return null;
  const charsetParam = params.map((param) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param)).find(Boolean);
  return { mimeType, charset: charsetParam?.[1] ?? null };
}

/** A page sent without a Content-Type is read only if it plainly starts like HTML. */
function sniffMimeType(bytes: Buffer): string | null {
  const start = bytes.subarray(0, 1024).toString("latin1").replace(/^\ufeff/, "").trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|\?xml|!--)/.test(start) ? "text/html" : null;
}

/** Decodes with, in order: a byte-order mark, the Content-Type charset, a <meta> charset (HTML only), UTF-8. */
function decode(bytes: Buffer, headerCharset: string | null, html: boolean): string {
  let label = bomEncoding(bytes) ?? headerCharset ?? (html ? metaCharset(bytes) : null) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    label = "utf-8";
    decoder = new TextDecoder(label);
  }
  return decoder.decode(bytes);
}

function bomEncoding(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function metaCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase() ?? null;
  // An HTML page that could be read far enough to find its <meta> is not UTF-16, whatever the tag says.
  return label?.startsWith("utf-16") ? "utf-8" : label;
}

function describeStatus(status: number): string {
  return `${status} ${http.STATUS_CODES[status] ?? ""}`.trim();
}

function statusMessage(status: number): ServiceWords {
  const answered = { status: describeStatus(status) };
  if (status === 401 || status === 403) return words("siteAnsweredLogin", answered);
  if (status === 404 || status === 410) return words("siteAnsweredGone", answered);
  if (status === 429 || status >= 500) return words("siteAnsweredLater", answered);
  return words("siteAnswered", answered);
}

function networkMessage(error: unknown): ServiceWords {
  const code = String((error as NodeJS.ErrnoException | null)?.code ?? "");
  if (code === "ECONNREFUSED") return words("connectionRefused");
  if (code === "ECONNRESET" || code === "EPIPE") return words("connectionCut");
  if (code === "ETIMEDOUT" || code === "ENETUNREACH" || code === "EHOSTUNREACH") return words("siteUnreachable");
  if (/^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code) || code.includes("CERT")) return words("badCertificate");
  if (code.startsWith("Z_")) return words("damagedCompression");
  if (code.startsWith("HPE_")) return words("unreadableAnswer");
  return words("pageUnreadable");
}

function describeSize(bytes: number): string {
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return megabytes >= 1 ? `${megabytes} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
