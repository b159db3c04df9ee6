import { ValidationError } from "@/lib/core/errors";
import { logFailure } from "@/lib/core/log";
import { cacheForReaders } from "@/lib/core/requestState";
import { classifyError } from "./errorTable";
import type { ApiError } from "./publicApiSchemas";
import { etagMatches, strongEtag } from "./etag";

export { etagMatches, strongEtag };

// How the public read-only JSON API (app/api/v1) answers: JSON anyone may fetch from any site (CORS *), a strong
// ETag of the exact body so clients can ask again with If-None-Match and get 304, and a short public cache.

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

const CACHE_CONTROL = "public, max-age=60";

/**
 * Answers a public read with a body made only of published data: 200 with ETag, or 304 when the client already
 * holds it. Marks the answer cacheable for the server (it depends on nothing but published data).
 */
export function publicResponse(request: Request, body: string, contentType: string, status = 200): Response {
  cacheForReaders();
  const etag = strongEtag(body);
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, "Content-Type": contentType };
  if (status === 200 && etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status, headers });
}

/** The same for JSON. */
export function publicJson(request: Request, value: unknown, status = 200): Response {
  return publicResponse(request, JSON.stringify(value), "application/json; charset=utf-8", status);
}

/** An error answer of the API: `{ error: { status, message } }`, still readable cross-origin; 503 says when to retry. */
export function apiError(status: number, message: string, extra: Omit<ApiError["error"], "status" | "message"> = {}): Response {
  const body: ApiError = { error: { status, message, ...extra } };
  const retry: Record<string, string> = status === 503 ? { "Retry-After": "30" } : {};
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", ...retry } });
}

/** The CORS preflight answer. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/**
 * Runs a public API read, answering the service's typed errors as JSON as lib/web/errorTable.ts says (bad parameters
 * 400 with the fields, not found 404, the database down 503); anything else is logged and answered 500.
 */
export async function answerPublicRead(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (thrown) {
    const { error, answer } = classifyError(thrown);
    if (answer?.api) return apiError(answer.status, error.message, error instanceof ValidationError ? { fields: error.fieldErrors } : {});
    logFailure("public API request failed", error);
    return apiError(500, "Something went wrong on our side. Please try again later.");
  }
}
