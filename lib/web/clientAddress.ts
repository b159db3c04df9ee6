import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

// The address a request came from, for sign-in throttling and the audit log. Behind a TLS proxy or a load balancer
// every request arrives from the proxy, so the whole newsroom would share one address (and one sign-in throttle);
// X-Forwarded-For is believed only for the hops the operator names in TRUSTED_PROXIES, never from anyone else.
// The same goes for the proxy's other X-Forwarded- headers: whether the request came over https, and to which host.

export type TrustedProxies = (address: string, hop: number) => boolean;

/**
 * Compiles TRUSTED_PROXIES once (lib/config.ts has checked it): addresses, subnets (10.0.0.0/8) or proxy-addr's
 * names (loopback, uniquelocal, linklocal).
 */
export function compileTrustedProxies(entries: readonly string[]): TrustedProxies {
  return proxyaddr.compile([...entries]);
}

/** The client's address: the nearest hop in X-Forwarded-For that is not a trusted proxy, else the socket's peer. */
export function clientAddress(request: IncomingMessage, trusted: TrustedProxies): string {
  return proxyaddr(request, trusted) ?? request.socket.remoteAddress ?? "";
}

/** Whether the request reached this server from a proxy named in TRUSTED_PROXIES (its X-Forwarded- headers count). */
export function fromTrustedProxy(request: IncomingMessage, trusted: TrustedProxies): boolean {
  const peer = request.socket.remoteAddress;
  return Boolean(peer) && trusted(peer!, 0);
}

/** Whether the client's request came over https: to this server's own TLS, or to a trusted proxy that says so. */
export function servedOverHttps(request: IncomingMessage, trusted: TrustedProxies): boolean {
  if ((request.socket as { encrypted?: boolean }).encrypted) return true;
  if (!fromTrustedProxy(request, trusted)) return false;
  // The proxy nearest the client wrote the first value; proxies after it may append their own hop's.
  const proto = request.headers["x-forwarded-proto"];
  return String(Array.isArray(proto) ? proto[0] : (proto ?? "")).split(",")[0]!.trim().toLowerCase() === "https";
}
