import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

// Sign-in throttling counts failures per client address (lib/auth/signInThrottle.ts) and shares out the password
// hashing queue by it (lib/auth/password.ts). An IPv6 client is handed a whole /64 by its provider (RFC 6177; every
// home and phone network is one) and may send from any of its 2^64 addresses, so counting each address alone counts
// nothing: a /64 is one client. An IPv4 address written as IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket gives it)
// is that IPv4 address.

/** The network a client's sign-in attempts are counted on: an IPv4 address itself, an IPv6 address's /64. */
export function clientNetwork(address: string): string {
  const bare = address.trim();
  if (isIP(bare) !== 6) return bare; // IPv4, or not an address (a trusted proxy's hop is taken as it comes)
  const parsed = ipaddr.IPv6.parse(bare);
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  return `${new ipaddr.IPv6([...parsed.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
