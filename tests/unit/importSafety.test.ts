import { afterEach, describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { type HostResolver, isDisallowedAddress, parseImportUrl, vetImportUrl } from "@/lib/net/importSafety";

const REFUSED_ADDRESSES = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private 10/8"],
  ["10.255.255.255", "private 10/8"],
  ["172.16.0.1", "private 172.16/12, low end"],
  ["172.31.255.254", "private 172.16/12, high end"],
  ["192.168.1.1", "private 192.168/16"],
  ["169.254.169.254", "link-local (cloud metadata)"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["192.0.2.10", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["::1", "IPv6 loopback"],
  ["::", "IPv6 unspecified"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local with zone"],
  ["febf:ffff::1", "link-local, high end"],
  ["ff02::1", "IPv6 multicast"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback, dotted"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["::ffff:10.0.0.1", "IPv4-mapped private"],
  ["::ffff:a9fe:a9fe", "IPv4-mapped metadata address"],
  ["::127.0.0.1", "IPv4-compatible (deprecated)"],
  ["64:ff9b::7f00:1", "NAT64 of loopback"],
  ["2002:7f00:1::", "6to4 of loopback"],
  ["2001:db8::1", "IPv6 documentation"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
  ["[::1]", "bracketed"],
  ["FE80::1", "link-local, upper case"],
  ["::a9fe:a9fe", "IPv4-compatible, hex"],
  ["64:ff9b::10.0.0.1", "NAT64 of a private address, dotted"],
  ["2002:a9fe:a9fe::", "6to4 of the metadata address"],
  ["2001:2::1", "IPv6 benchmarking"],
  ["3fff::1", "IPv6 documentation (2024)"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.88.99.1", "6to4 relay anycast"],
  ["198.19.255.255", "benchmarking, high end"],
  ["198.51.100.7", "documentation"],
  ["203.0.113.5", "documentation"],
  ["not-an-ip", "not an address at all"],
  ["", "empty"],
  ["1.2.3", "incomplete"],
  ["1:2:3:4:5:6:7:8:9", "too many groups"],
] as const;

const ALLOWED_ADDRESSES = [
  ["93.184.216.34", "public IPv4"],
  ["8.8.8.8", "public IPv4"],
  ["172.32.0.1", "just above 172.16/12"],
  ["100.128.0.1", "just above carrier-grade NAT"],
  ["172.15.255.255", "just below 172.16/12"],
  ["198.20.0.1", "just above benchmarking"],
  ["2001:4860:4860::8888", "public IPv6 in 2001::/16, outside the IETF block"],
  ["2606:4700::1", "public IPv6"],
  ["2a00:1450:4001:81b::200e", "public IPv6"],
  ["::ffff:93.184.216.34", "IPv4-mapped public"],
  ["64:ff9b::5db8:d822", "NAT64 of a public address"],
  ["2002:5db8:d822::1", "6to4 of a public address"],
] as const;

describe("isDisallowedAddress", () => {
  test.each(REFUSED_ADDRESSES)("refuses %s (%s)", (ip) => {
    expect(isDisallowedAddress(ip)).toBe(true);
  });

  test.each(ALLOWED_ADDRESSES)("allows %s (%s)", (ip) => {
    expect(isDisallowedAddress(ip)).toBe(false);
  });
});

/** A resolver that must not be asked: the address is a literal. */
const noDns: HostResolver = async (hostname) => {
  throw new Error(`unexpected lookup of ${hostname}`);
};

const resolvesTo =
  (...addresses: string[]): HostResolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

async function refusal(url: string, resolve: HostResolver = noDns): Promise<ValidationError> {
  const error = await vetImportUrl(url, resolve).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("vetImportUrl", () => {
  const saved = process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;
  afterEach(() => {
    if (saved === undefined) delete process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;
    else process.env.FACTDESK_ALLOW_PRIVATE_IMPORT = saved;
  });

  test.each([
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "https://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1:8080/admin",
    "http://0.0.0.0:3000/",
    "http://[fe80::1]/",
  ])("refuses the private address literal %s without a DNS lookup", async (url) => {
    const error = await refusal(url);
    expect(error.message).toBe("That address points to a private network, which Factdesk does not import from.");
    expect(error.fieldErrors).toEqual({ url: error.message });
  });

  test.each([
    ["ftp://example.com/article", /must start with http:\/\/ or https:\/\//],
    ["file:///etc/passwd", /must start with http:\/\/ or https:\/\//],
    ["javascript:alert(1)", /must start with http:\/\/ or https:\/\//],
    ["gopher://example.com/", /must start with http:\/\/ or https:\/\//],
    ["data:text/html,<p>hi</p>", /must start with http:\/\/ or https:\/\//],
    ["https://user:secret@example.com/", /user name or password/],
    ["https://user@example.com/", /user name or password/],
    ["example.com/article", /not a complete web address/],
    ["https://", /not a complete web address/],
  ])("refuses %s", async (url, message) => {
    expect((await refusal(url)).message).toMatch(message);
  });

  test("refuses a hostname when any of its addresses is private", async () => {
    const error = await refusal("https://news.example/", resolvesTo("93.184.216.34", "10.0.0.5"));
    expect(error.message).toMatch(/private network/);
    expect((await refusal("https://news.example/", resolvesTo("2606:4700::1", "::1"))).message).toMatch(/private network/);
  });

  test("a public hostname is connected to by the address that was checked", async () => {
    const target = await vetImportUrl("https://news.example:8443/story?id=1", resolvesTo("93.184.216.34", "2606:4700::1"));
    expect(target).toMatchObject({ address: "93.184.216.34", family: 4 });
    expect(target.url.hostname).toBe("news.example");
    expect(target.url.port).toBe("8443");
  });

  test("public address literals are allowed, IPv6 included", async () => {
    await expect(vetImportUrl("http://93.184.216.34/", noDns)).resolves.toMatchObject({ address: "93.184.216.34", family: 4 });
    await expect(vetImportUrl("http://[2606:4700::1]/", noDns)).resolves.toMatchObject({ address: "2606:4700::1", family: 6 });
  });

  test("localhost is refused through the real resolver", async () => {
    await expect(vetImportUrl("http://localhost:3000/")).rejects.toThrow(/private network/);
  });

  test("a name that does not resolve is a clear message", async () => {
    const notFound: HostResolver = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect((await refusal("https://no-such-site.example/", notFound)).message).toBe(
      "Factdesk could not find the site “no-such-site.example”. Check the address for typing mistakes.",
    );
  });

  test("FACTDESK_ALLOW_PRIVATE_IMPORT=1 lets tests fetch from 127.0.0.1, but never other schemes", async () => {
    process.env.FACTDESK_ALLOW_PRIVATE_IMPORT = "1";
    await expect(vetImportUrl("http://127.0.0.1:4000/", noDns)).resolves.toMatchObject({ address: "127.0.0.1" });
    expect((await refusal("file:///etc/passwd")).message).toMatch(/http:\/\//);
    expect((await refusal("http://a:b@127.0.0.1/")).message).toMatch(/user name or password/);
  });
});

describe("parseImportUrl", () => {
  test("normalises numeric host forms before they are checked", () => {
    expect(parseImportUrl("http://2130706433/").hostname).toBe("127.0.0.1");
    expect(parseImportUrl("http://0x7f.1/").hostname).toBe("127.0.0.1");
    expect(parseImportUrl("http://[::ffff:127.0.0.1]/").hostname).toBe("[::ffff:7f00:1]");
  });
});
