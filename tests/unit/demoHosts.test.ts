import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { checkedUpgrade, hostCheck } from "@/server/demoHosts";
import { refused } from "@/server/refusals";

// DNS rebinding: a page of rebind.attacker.test, its name then made to resolve to 127.0.0.1, reaches the demo on this
// machine as a page of its own site (and signs in with the published password). Its requests name it in Host.

const demo = { demo: true, demoPublic: false, authUrl: null };

describe("the demo newsroom answers only names of this machine", () => {
  test("localhost, its subdomains, 127.0.0.0/8 and [::1], with any port, and AUTH_URL's host", () => {
    const allowed = hostCheck(demo);
    for (const host of ["localhost:3000", "localhost", "LOCALHOST:3000", "app.localhost:3000", "127.0.0.1:3000", "127.1.2.3", "[::1]:3000", undefined]) {
      expect(allowed(host), String(host)).toBe(true);
    }
    expect(hostCheck({ ...demo, authUrl: "http://demo.newsroom.test:3000" })("demo.newsroom.test:3000")).toBe(true);
  });

  test("another site's name is refused, however it is dressed up", () => {
    const allowed = hostCheck(demo);
    for (const host of ["rebind.attacker.test:3000", "localhost.attacker.test", "127.0.0.1.nip.io:3000", "localhost@attacker.test", "attacker.test/localhost", "", "[::2]:3000"]) {
      expect(allowed(host), host).toBe(false);
    }
  });

  test("outside demo mode, or a demo confirmed public, any host is answered", () => {
    expect(hostCheck({ ...demo, demo: false })("factcheck.example.org")).toBe(true);
    expect(hostCheck({ ...demo, demoPublic: true })("demo.example.org")).toBe(true);
  });

  test("the server refuses a request naming another site with 421 before Next.js sees it", async () => {
    const server = http.createServer((req, res) => {
      if (refused(req, res, () => ({}), hostCheck(demo))) return;
      res.writeHead(200).end("the demo");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const ask = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request({ host: "127.0.0.1", port, path: "/login", headers: { host }, agent: false }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await ask(`rebind.attacker.test:${port}`)).toMatchObject({ status: 421 });
      expect(await ask(`localhost:${port}`)).toEqual({ status: 200, body: "the demo" });
    } finally {
      server.close();
    }
  });

  test("a WebSocket upgrade (development's live reload) naming another site is refused too", () => {
    const upgraded: string[] = [];
    const ended: string[] = [];
    const listener = checkedUpgrade(hostCheck(demo), (req) => void upgraded.push(String(req.headers.host)));
    const socket = (host: string) => ({ end: (answer: string) => void ended.push(`${host} ${answer.split("\r\n")[0]}`) });
    for (const host of ["localhost:3000", "rebind.attacker.test:3000"]) {
      listener({ headers: { host } } as never, socket(host) as never, Buffer.alloc(0));
    }
    expect(upgraded).toEqual(["localhost:3000"]);
    expect(ended).toEqual(["rebind.attacker.test:3000 HTTP/1.1 421 Misdirected Request"]);
  });
});
