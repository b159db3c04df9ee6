import { type ResponseKind, securityHeaders } from "../lib/web/securityHeaders";

// The security headers of the answers the server writes itself, which never pass through proxy.ts: its refusals
// (server/refusals.ts) and answers served again from the reader cache (server/readerCache.ts). The same function as
// proxy.ts, so they are the headers Next.js's answers get, except that no nonce is needed: such an answer has no
// scripts, or names its inline scripts by hash.

/** The security headers of one of the server's own answers; a kept page passes its inline scripts' hashes. */
export type OwnHeaders = (scriptHashes?: string[] | null) => Record<string, string>;

export function ownHeaders(kind: ResponseKind, https: boolean, dev: boolean): OwnHeaders {
  return (scriptHashes) => securityHeaders({ kind, https, dev, scriptHashes: scriptHashes ?? [] });
}
