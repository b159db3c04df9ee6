import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import { config } from "@/lib/config";
import { ValidationError } from "@/lib/core/errors";

/**
 * Article import fetches addresses that editors type in, from inside our network: a server-side request forgery
 * surface. Only http(s) addresses of public hosts are fetched, and the connection goes to the very address that
 * was checked (see fetchPage), so a DNS answer cannot change between the check and the connection.
 */

export const PRIVATE_ADDRESS_MESSAGE = "That address points to a private network, which Factdesk does not import from.";

/** A URL that passed the checks, with the address to connect to. */
export type VettedTarget = { url: URL; address: string; family: 4 | 6 };

/** Looks a hostname up; every address it returns is checked. */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** IPv4 ranges that are not public unicast (IANA special-purpose registry, plus multicast and reserved). */
const DISALLOWED_IPV4: [string, number][] = [
  ["0.0.0.0", 8], // "this network", including the unspecified address
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, where cloud metadata services live
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, including the broadcast address 255.255.255.255
];

/** Special-purpose ranges inside 2000::/3, the only IPv6 block that holds public unicast addresses. */
const DISALLOWED_GLOBAL_IPV6: [string, number][] = [
  ["2001::", 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation
];

/** Whether Factdesk must not connect to this IP address. Anything that is not a valid IP address is refused. */
export function isDisallowedAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[(.*)\]$/, "$1");
  const version = isIP(address);
  if (version === 4) {
    const value = parseIpv4(address);
    return value === null || isDisallowedIpv4(value);
  }
  if (version === 6) {
    const value = parseIpv6(address);
    return value === null || isDisallowedIpv6(value);
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
    throw importRefused("That is not a complete web address. Copy it from your browser's address bar, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw importRefused("Factdesk imports web pages only: the address must start with http:// or https://.");
  }
  if (url.username || url.password) {
    throw importRefused("That address contains a user name or password. Remove them and try again.");
  }
  if (!url.hostname) throw importRefused("That web address has no site name in it.");
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
        ? `Factdesk could not look up the site “${url.hostname}” just now. Try again in a moment.`
        : `Factdesk could not find the site “${url.hostname}”. Check the address for typing mistakes.`;
    throw importRefused(message, error);
  }
  if (addresses.length === 0) {
    throw importRefused(`Factdesk could not find the site “${url.hostname}”. Check the address for typing mistakes.`);
  }
  if (checking && addresses.some((entry) => isDisallowedAddress(entry.address))) {
    throw importRefused(PRIVATE_ADDRESS_MESSAGE);
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

/** A refusal the editor sees next to the address field. `cause` keeps the underlying error for the server log. */
export function importRefused(message: string, cause?: unknown): ValidationError {
  const error = new ValidationError(message, { url: message });
  if (cause !== undefined) error.cause = cause;
  return error;
}

function lookupAll(hostname: string) {
  return dns.lookup(hostname, { all: true });
}

function parseIpv4(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

function isDisallowedIpv4(value: number): boolean {
  return DISALLOWED_IPV4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(parseIpv4(base)! / size);
  });
}

/** An IPv6 address as a 128-bit number; accepts "::" shortening, a dotted IPv4 tail and a zone ("%eth0"). */
function parseIpv6(address: string): bigint | null {
  let text = address.toLowerCase().split("%")[0]!;
  const tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[2]!);
    if (v4 === null) return null;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    text = dotted[1]!.endsWith("::") ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (part: string) => (part ? part.split(":") : []);
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const missing = 8 - tail.length - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const hex = [...head, ...Array<string>(Math.max(missing, 0)).fill("0"), ...rest];
  if (!hex.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return [...hex.map((group) => parseInt(group, 16)), ...tail].reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function inIpv6Range(value: bigint, base: string, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return value >> shift === parseIpv6(base)! >> shift;
}

function embeddedIpv4(value: bigint, shift: bigint): number {
  return Number((value >> shift) & 0xffffffffn);
}

function isDisallowedIpv6(value: bigint): boolean {
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 address they carry.
  if (inIpv6Range(value, "::ffff:0:0", 96) || inIpv6Range(value, "64:ff9b::", 96)) {
    return isDisallowedIpv4(embeddedIpv4(value, 0n));
  }
  // 6to4 (2002:aabb:ccdd::/48) is relayed to the IPv4 address in bits 16–48.
  if (inIpv6Range(value, "2002::", 16)) return isDisallowedIpv4(embeddedIpv4(value, 80n));
  // Loopback, unspecified, unique-local, link-local, site-local, multicast and the rest all lie outside 2000::/3.
  if (!inIpv6Range(value, "2000::", 3)) return true;
  return DISALLOWED_GLOBAL_IPV6.some(([base, bits]) => inIpv6Range(value, base, bits));
}
