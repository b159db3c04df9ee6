import type { IncomingMessage } from "node:http";
import { describe, expect, test } from "vitest";
import { clientNetwork } from "@/lib/domain/clientNetwork";
import { clientAddress, compileTrustedProxies, fromTrustedProxy, servedOverHttps } from "@/lib/web/clientAddress";

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  test("with no trusted proxy, X-Forwarded-For is ignored: anyone can write it", () => {
    const none = compileTrustedProxies([]);
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9");
  });

  test("behind a trusted proxy, the nearest address it vouches for is the client's", () => {
    const proxy = compileTrustedProxies(["10.0.0.0/8"]);
    expect(clientAddress(request("10.0.0.2", "198.51.100.1"), proxy)).toBe("198.51.100.1");
    // A client's own X-Forwarded-For entry is left of what the proxy appended, and not believed.
    expect(clientAddress(request("10.0.0.2", "192.0.2.66, 198.51.100.1"), proxy)).toBe("198.51.100.1");
    // Two proxies in the chain, both trusted.
    expect(clientAddress(request("10.0.0.2", "198.51.100.1, 10.0.0.7"), proxy)).toBe("198.51.100.1");
  });

  test("a request that did not come through the trusted proxy keeps its own address", () => {
    const proxy = compileTrustedProxies(["10.0.0.0/8"]);
    expect(clientAddress(request("203.0.113.9", "10.0.0.5"), proxy)).toBe("203.0.113.9");
    // The notation proxy-addr 2.0.7 read as "every IPv4 address" (CVE-2026-90711) trusts nobody it should not.
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), compileTrustedProxies(["::ffff:10.0.0.0/8"]))).toBe("203.0.113.9");
  });
});

describe("whether the request came over https", () => {
  const withProto = (peer: string, proto: string | undefined, encrypted = false) =>
    ({ socket: { remoteAddress: peer, encrypted }, headers: proto ? { "x-forwarded-proto": proto } : {} }) as unknown as IncomingMessage;
  const proxy = compileTrustedProxies(["10.0.0.0/8"]);

  test("X-Forwarded-Proto counts only from a trusted proxy: anyone else could write it", () => {
    expect(servedOverHttps(withProto("10.0.0.2", "https"), proxy)).toBe(true);
    expect(servedOverHttps(withProto("10.0.0.2", "https, http"), proxy), "the first hop's word").toBe(true);
    expect(servedOverHttps(withProto("10.0.0.2", "http"), proxy)).toBe(false);
    expect(servedOverHttps(withProto("203.0.113.9", "https"), proxy)).toBe(false);
    expect(servedOverHttps(withProto("127.0.0.1", "https"), compileTrustedProxies([]))).toBe(false);
    expect(fromTrustedProxy(withProto("10.0.0.2", undefined), proxy)).toBe(true);
    expect(fromTrustedProxy(withProto("203.0.113.9", undefined), proxy)).toBe(false);
  });

  test("a TLS connection to the server itself is https whoever it comes from", () => {
    expect(servedOverHttps(withProto("203.0.113.9", undefined, true), compileTrustedProxies([]))).toBe(true);
  });
});

describe("the network sign-in attempts are counted on", () => {
  test("an IPv6 client is its /64: every address it may send from is one network", () => {
    expect(clientNetwork("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:db8:1:3::5")).toBe("2001:db8:1:3::/64");
    expect(clientNetwork("fe80::1%eth0")).toBe("fe80::/64");
  });

  test("an IPv4 address is itself, also when a dual-stack socket writes it as IPv6", () => {
    expect(clientNetwork("192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::ffff:c000:201")).toBe("192.0.2.1");
  });

  test("what is not an address is taken as it comes", () => {
    expect(clientNetwork("unknown")).toBe("unknown");
    expect(clientNetwork("")).toBe("");
  });
});
