import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { config } from "@/lib/config";
import { ValidationError } from "@/lib/core/errors";
import { words, type Wording } from "@/lib/core/serviceWords";

/**
 * Article import fetches addresses that editors type in, from inside our network: a server-side request forgery
 * surface. Only http(s) addresses of public hosts are fetched, and the connection goes to the very address that
 * was checked (see fetchPage), so a DNS answer cannot change between the check and the connection.
 */

export const PRIVATE_ADDRESS_MESSAGE = words("privateAddress");

/** A URL that passed the checks, with the address to connect to. */
export type VettedTarget = { url: URL; address: string; family: 4 | 6 };

/** Looks a hostname up; every address it returns is checked. */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** IPv4 ranges that are not public unicast (IANA special-purpose registry, plus multicast and reserved). */
const DISALLOWED_IPV4 = [
  "0.0.0.0/8", // "this network", including the unspecified address
  "10.0.0.0/8", // private
  "100.64.0.0/10", // carrier-grade NAT
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, where cloud metadata services live
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments
  "192.0.2.0/24", // documentation
  "192.88.99.0/24", // 6to4 relay anycast
  "192.168.0.0/16", // private
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // documentation
  "203.0.113.0/24", // documentation
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, including the broadcast address 255.255.255.255
].map((cidr) => ipaddr.IPv4.parseCIDR(cidr));

/** Special-purpose ranges inside 2000::/3, the only IPv6 block that holds public unicast addresses. */
const DISALLOWED_GLOBAL_IPV6 = [
  "2001::/23", // IETF protocol assignments: Teredo, benchmarking, ORCHID
  "2001:db8::/32", // documentation
  "3fff::/20", // documentation
].map((cidr) => ipaddr.IPv6.parseCIDR(cidr));

const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
const NAT64 = ipaddr.IPv6.parseCIDR("64:ff9b::/96");
const SIX_TO_FOUR = ipaddr.IPv6.parseCIDR("2002::/16");

/** Whether Factdesk must not connect to this IP address. Anything that is not a valid IP address is refused. */
export function isDisallowedAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[(.*)\]$/, "$1");
  // node:net decides what counts as an address (ipaddr.js would also read "0x7f.1" or "2130706433" as IPv4).
  const version = isIP(address);
  try {
    if (version === 4) return isDisallowedIpv4(ipaddr.IPv4.parse(address));
    if (version === 6) return isDisallowedIpv6(ipaddr.IPv6.parse(address));
  } catch {
    // A form ipaddr.js cannot read (it rejects the deprecated IPv4-compatible "::a.b.c.d") is refused, never guessed at.
  }
  return true;
}

/** Whether the address checks are switched off, for tests that serve pages from 127.0.0.1. */
export function privateImportAllowed(): boolean {
  return config().allowPrivateImport;
}

/** Parses an address an editor gave: http(s) only, no user name or password. Throws a ValidationError. */
export function parseImportUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw importRefused(words("incompleteAddress"));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw importRefused(words("webPagesOnly"));
  }
  if (url.username || url.password) {
    throw importRefused(words("addressWithPassword"));
  }
  if (!url.hostname) throw importRefused(words("addressWithoutSite"));
  return url;
}

/**
 * Checks an address and picks the IP address to connect to: the hostname is resolved, and the URL is refused if
 * any of its addresses is private or reserved (unless FACTDESK_ALLOW_PRIVATE_IMPORT=1). Throws a ValidationError.
 */
export async function vetImportUrl(raw: string, resolve: HostResolver = lookupAll): Promise<VettedTarget> {
  const url = parseImportUrl(raw);
  const checking = !privateImportAllowed();
  // The WHATWG parser has already turned numeric forms (2130706433, 0x7f.1, ::ffff:127.0.0.1) into canonical ones.
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literalVersion = isIP(literal);
  if (literalVersion) {
    if (checking && isDisallowedAddress(literal)) throw importRefused(PRIVATE_ADDRESS_MESSAGE);
    return { url, address: literal, family: literalVersion === 6 ? 6 : 4 };
  }

  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolve(url.hostname);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EAI_AGAIN"
        ? words("siteLookupFailed", { site: url.hostname })
        : words("siteNotFound", { site: url.hostname });
    throw importRefused(message, error);
  }
  if (addresses.length === 0) {
    throw importRefused(words("siteNotFound", { site: url.hostname }));
  }
  if (checking && addresses.some((entry) => isDisallowedAddress(entry.address))) {
    throw importRefused(PRIVATE_ADDRESS_MESSAGE);
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

/** A refusal the editor sees next to the address field. `cause` keeps the underlying error for the server log. */
export function importRefused(message: Wording, cause?: unknown): ValidationError {
  const error = new ValidationError(message, { url: message });
  if (cause !== undefined) error.cause = cause;
  return error;
}

function lookupAll(hostname: string) {
  return dns.lookup(hostname, { all: true });
}

function isDisallowedIpv4(address: ipaddr.IPv4): boolean {
  return DISALLOWED_IPV4.some((range) => address.match(range));
}

/** The IPv4 address held in two 16-bit groups of an IPv6 address. */
function embeddedIpv4(address: ipaddr.IPv6, firstGroup: number): ipaddr.IPv4 {
  const high = address.parts[firstGroup]!;
  const low = address.parts[firstGroup + 1]!;
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function isDisallowedIpv6(address: ipaddr.IPv6): boolean {
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 address they carry.
  if (address.isIPv4MappedAddress() || address.match(NAT64)) return isDisallowedIpv4(embeddedIpv4(address, 6));
  // 6to4 (2002:aabb:ccdd::/48) is relayed to the IPv4 address in bits 16–48.
  if (address.match(SIX_TO_FOUR)) return isDisallowedIpv4(embeddedIpv4(address, 1));
  // Loopback, unspecified, unique-local, link-local, site-local, multicast and the rest all lie outside 2000::/3.
  if (!address.match(GLOBAL_UNICAST)) return true;
  return DISALLOWED_GLOBAL_IPV6.some((range) => address.match(range));
}
