import type { IncomingMessage } from "node:http";
import { clientAddress, fromTrustedProxy, servedOverHttps, type TrustedProxies } from "../lib/web/clientAddress";
import { HTTPS_REQUEST_HEADER } from "../lib/web/securityHeaders";

// Headers of ours (x-factdesk-…) are set here, never taken from the client; a proxy's X-Forwarded- headers count
// only from a proxy named in TRUSTED_PROXIES (Next.js and Auth.js read them too). What only the socket knows is
// handed on to the app this way: the client's address, and whether the client's request came over https (proxy.ts
// sends HSTS and `upgrade-insecure-requests` then).

/** Rewrites `req`'s headers as above; says whether the client's request came over https. */
export function settleForwardedHeaders(req: IncomingMessage, trustedProxies: TrustedProxies, authUrl: string | null | undefined): boolean {
  for (const name of Object.keys(req.headers)) if (name.startsWith("x-factdesk-")) delete req.headers[name];
  req.headers["x-factdesk-client-address"] = clientAddress(req, trustedProxies);
  const https = servedOverHttps(req, trustedProxies) || Boolean(authUrl?.startsWith("https:"));
  if (https) req.headers[HTTPS_REQUEST_HEADER] = "1";
  if (!fromTrustedProxy(req, trustedProxies)) {
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto"]) delete req.headers[name];
  }
  return https;
}
