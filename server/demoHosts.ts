import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Config } from "../lib/config";

// The demo newsroom listens on this machine only, because its accounts share a published password. Listening on
// loopback does not keep other sites out on its own: a page of another site whose name the attacker then makes
// resolve to 127.0.0.1 (DNS rebinding) talks to the demo as a page of that same site, so it can sign in as the demo
// admin and read or change everything (wherever its session cookie is kept: development, FACTDESK_INSECURE_COOKIES).
// Such requests name the other site in Host; requests from this machine name this machine.

/** Whether the server answers a request naming `host` (its Host header); see above. Anything else is refused (421). */
export type HostCheck = (host: string | undefined) => boolean;

/**
 * What the server answers: in demo mode (unless confirmed public), only names of this machine and AUTH_URL's host;
 * otherwise every host (a public server is reached under any name its proxy or DNS gives it).
 */
export function hostCheck(settings: Pick<Config, "demo" | "demoPublic" | "authUrl">): HostCheck {
  if (!settings.demo || settings.demoPublic) return () => true;
  const configured = settings.authUrl ? new URL(settings.authUrl).hostname : null;
  return (host) => {
    // No Host at all (HTTP/1.0 from a tool on this machine): no browser sends that, so no other site's page either.
    if (host === undefined) return true;
    const name = hostnameOf(host);
    return name !== null && (name === configured || namesThisMachine(name));
  };
}

/** The name a Host header gives, as URLs hold it (lower case, IPv6 in brackets), or null when it is not a bare host[:port]. */
function hostnameOf(host: string): string | null {
  try {
    const url = new URL(`http://${host}`);
    return url.username || url.password || url.pathname !== "/" || url.search || url.hash ? null : url.hostname;
  } catch {
    return null;
  }
}

/** localhost and its subdomains (RFC 6761: browsers never ask DNS for them), 127.0.0.0/8 and [::1]. */
function namesThisMachine(name: string): boolean {
  return name === "localhost" || name.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(name) || name === "[::1]";
}

type Upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown;

/** `upgrade` (a WebSocket: development's live reload) for a Host the server answers; 421 and closed for any other. */
export function checkedUpgrade(hostAllowed: HostCheck, upgrade: Upgrade): Upgrade {
  return (req, socket, head) => {
    if (hostAllowed(req.headers.host)) return upgrade(req, socket, head);
    socket.end("HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  };
}
