import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

// The address a request came from, for sign-in throttling and the audit log. Behind a TLS proxy or a load balancer
// every request arrives from the proxy, so the whole newsroom would share one address (and one sign-in throttle);
// X-Forwarded-For is believed only for the hops the operator names in TRUSTED_PROXIES, never from anyone else.

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
