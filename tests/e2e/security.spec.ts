import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEMO, demoArticlePath, openDemoWorkspace, signIn, signInWithSavedSession } from "./fixtures";

// What a newsroom's security reviewer checks first: the headers of every kind of response, scripts that run only
// with the page's nonce, sign-out that really ends the session, no open redirect, and bodies too large to read.

const BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /script-src [^;]*'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `no script nonce in: ${policy}`).toBeTruthy();
  return nonce!;
}

async function expectPageHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers).toMatchObject(BASE_HEADERS);
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  // Every script of the page carries this response's nonce, or the browser would refuse to run it.
  const nonce = nonceOf(response);
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(headers["strict-transport-security"]).toBeUndefined();
}

// Rendered now, never from the server's cache: a request with a session cookie (a stale one: it signs nobody in). A
// query parameter of its own no longer does it, since parameters no answer reads are not part of cache keys.
const rendered = { headers: { cookie: "authjs.session-token=stale" } };

test("a public page, a staff page and an API route carry the security headers; each page its own nonce", async ({ page, request }) => {
  const home = await request.get("/", rendered);
  expect(home.status()).toBe(200);
  await expectPageHeaders(home);
  const again = await request.get("/", rendered);
  expect(nonceOf(again)).not.toBe(nonceOf(home));
  // Served again from the cache, a page's inline scripts are named by hash instead (publicCache.spec.ts).

  await signInWithSavedSession(page, DEMO.editor);
  const desk = await page.request.get("/desk");
  expect(desk.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expectPageHeaders(desk);

  const api = await request.get("/api/health");
  expect(api.headers()).toMatchObject({ ...BASE_HEADERS, "content-security-policy": expect.stringContaining("default-src 'none'") });
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("only claim embeds may be framed by other sites; every other page and route refuses", async ({ request }) => {
  const { items } = await (await request.get("/api/v1/articles")).json();
  const { claims } = await (await request.get(`/api/v1/articles/${items[0].slug}`)).json();
  const embed = await request.get(`/embed/claims/${claims[0].id}`, rendered);
  expect(embed.status()).toBe(200);
  const { "x-frame-options": frameOptions, ...rest } = BASE_HEADERS;
  expect(frameOptions).toBe("DENY");
  expect(embed.headers()).toMatchObject(rest);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const nonce = nonceOf(embed);
  for (const tag of [...(await embed.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag).toContain(`nonce="${nonce}"`);
  for (const path of ["/", `/articles/${items[0].slug}`, "/login", "/api/v1/articles", "/feed.xml"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("X-Forwarded-Proto counts only from a trusted proxy: a client's own gets no HSTS and no answer of its own", async ({ request }) => {
  // These tests' server names no proxy in TRUSTED_PROXIES; with one, its X-Forwarded-Proto: https turns HSTS on
  // (tests/unit/clientAddress.test.ts).
  const path = "/about";
  // Tried again when another test's change made the kept page stale in between.
  await expect(async () => {
    expect((await request.get(path)).status()).toBe(200);
    const claimed = await request.get(path, { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } });
    expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
    expect(claimed.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    // The same cache entry as the plain request's, not one keyed by what the client claimed.
    expect(claimed.headers()["x-factdesk-cache"]).toBe("hit");
  }).toPass({ timeout: 30_000 });
});

test("the sitemap's addresses never come from the request's Host", async () => {
  // Another name of this machine: the demo (as this server runs) refuses other sites' names outright, below.
  const sitemap = await raw("GET", "/sitemap.xml", { headers: { host: "evil.localhost", "x-forwarded-host": "evil.example" } });
  expect(sitemap.status).toBe(200);
  expect(sitemap.body).toMatch(/<loc>http:\/\/localhost:\d+\/<\/loc>/);
  expect(sitemap.body).not.toMatch(/evil\.(example|localhost)/);
});

test("the demo refuses a request naming another site (DNS rebinding), on every path", async () => {
  for (const path of ["/login", "/sitemap.xml", "/api/auth/csrf"]) {
    expect((await raw("GET", path, { headers: { host: "rebind.evil.example" } })).status).toBe(421);
  }
});

/** Collects every Content-Security-Policy violation the page reports, from the page itself and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

test("pages work in the browser with no Content-Security-Policy violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await page.goto(await demoArticlePath(page.request));
  await expect(page.getByRole("heading", { name: "3 claims checked" })).toBeVisible();

  await signIn(page, DEMO.editor);
  await openDemoWorkspace(page);
  // Client-side code runs: choosing a claim in the list opens it in the editor.
  const claims = page.getByRole("listbox", { name: "Claims" });
  await claims.getByRole("option").nth(1).click();
  await expect(claims.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.goto("/desk/articles/new");
  await expect(page.getByRole("heading", { name: "Bring in an article" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("signing out revokes the session: a copy of its cookie no longer signs anyone in", async ({ page, browser }) => {
  await signIn(page, DEMO.reviewer);
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out.");

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/desk");
  await expect(stolen).toHaveURL(/\/login\?next=%2Fdesk/);
  await thief.close();
});

test("the sign-in page never sends anyone to another site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Signed out: the form keeps only same-site paths.
  await page.goto("/login?next=/%09/evil.example/");
  await page.getByLabel("Email").fill(DEMO.editor);
  await page.getByLabel("Password").fill("factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);

  // Signed in: the page redirects at once, and still only within the site.
  for (const next of ["/%09/evil.example/", "/%0a/evil.example/", "/%5Cevil.example/", "https://evil.example/", "//evil.example/"]) {
    const response = await page.goto(`/login?next=${next}`);
    expect(response?.status(), next).toBe(200);
    expect(new URL(page.url()).origin, next).toBe(origin);
  }
  await page.goto("/login?next=%2Fdesk%2Farticles%2Fnew");
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);
});

test("a body larger than a route accepts is refused with 413 before it is read, with the usual headers", async ({ request, baseURL }) => {
  const signIn = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.test&password=${"x".repeat(200_000)}`,
  });
  expect(signIn.status()).toBe(413);
  expect((await signIn.json()).error.message).toBe("This is too large to send: at most 64 KB.");
  expectServerRefusal(signIn.headers(), "api");

  // A client that announces 150 MB is answered 413 at once, without the server waiting for (or keeping) the body.
  const url = new URL("/api/auth/callback/credentials", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(150 * 1024 * 1024) } });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.write("email=a%40b.test&password=");
  });
  expect(status).toBe(413);
});

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A request exactly as written (the path is not normalised, any method, a body sent with its length or in chunks), on
 * a connection of its own; resolves with the answer even when the server stops reading the body.
 */
function raw(method: string, target: string, options: { headers?: Record<string, string>; body?: Buffer; chunked?: boolean } = {}): Promise<RawAnswer> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers, ...(options.body && !options.chunked ? { "content-length": String(options.body.length) } : {}) };
    const req = http.request({ host: "127.0.0.1", port, method, path: target, headers, agent: false });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    // The server may answer and close before the whole body is written: the answer is what counts.
    req.on("error", (error) => (req.writableEnded ? undefined : reject(error)));
    if (options.body) {
      for (let at = 0; at < options.body.length; at += 64 * 1024) req.write(options.body.subarray(at, at + 64 * 1024));
    }
    req.end();
  });
}

/** The security headers every answer of a path's kind carries, the server's own refusals included. */
function expectServerRefusal(headers: Record<string, string | string[] | undefined>, kind: "page" | "embed" | "api") {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toBe(BASE_HEADERS["permissions-policy"]);
  const policy = String(headers["content-security-policy"] ?? "");
  if (kind === "api") expect(policy).toContain("default-src 'none'");
  if (kind === "embed") {
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(policy).toContain("frame-ancestors *");
  } else {
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(policy).toContain("frame-ancestors 'none'");
  }
  expect(headers["cache-control"]).toBe("no-store");
}

test("a malformed %-escape in an address is a 400 with the usual headers, on pages, route handlers and embeds", async () => {
  const kind = (target: string) => (target.startsWith("/api/") ? "api" : target.startsWith("/embed/") ? "embed" : "page");
  const routes = ["/articles/", "/articles/russia/v/", "/api/v1/articles/", "/embed/claims/", "/set-password/", "/desk/articles/", "/nowhere/"];
  for (const route of routes) {
    for (const escape of ["%FF", "%C3%28", "%", "%E0%A4%A", "%ED%A0%80"]) {
      const answer = await raw("GET", `${route}${escape}`);
      expect(answer.status, `${route}${escape}`).toBe(400);
      expectServerRefusal(answer.headers, kind(route));
      if (kind(route) === "api") expect(JSON.parse(answer.body).error.message).toMatch(/malformed %-escape/);
      else expect(answer.body).toMatch(/malformed %-escape/);
    }
  }
  // Escapes that decode stay the pages' to answer.
  expect((await raw("GET", "/articles/%C3%A9t%C3%A9")).status).toBe(404);
  expect((await raw("GET", "/api/v1/claim-reviews?until=%FF")).status).toBe(400);
});

test("a method a path does not answer is a 405 naming the ones it does, never a 500", async () => {
  const cases: [string, string, string][] = [
    ["/api/v1/articles", "api", "GET, HEAD, OPTIONS"],
    ["/api/v1/articles/any-slug", "api", "GET, HEAD, OPTIONS"],
    ["/api/v1/claim-reviews", "api", "GET, HEAD, OPTIONS"],
    ["/api/v1/openapi.json", "api", "GET, HEAD, OPTIONS"],
    ["/api/oembed", "api", "GET, HEAD, OPTIONS"],
    ["/api/health", "api", "GET, HEAD, OPTIONS"],
    ["/api/operations/backup", "api", "GET, HEAD, OPTIONS"],
    ["/api/auth/session", "api", "GET, HEAD, OPTIONS, POST"],
    ["/feed.xml", "page", "GET, HEAD, OPTIONS"],
    ["/sitemap.xml", "page", "GET, HEAD, OPTIONS"],
    ["/admin/audit/export", "page", "GET, HEAD, OPTIONS"],
    ["/robots.txt", "page", "GET, HEAD, OPTIONS"],
    ["/", "page", "GET, HEAD, POST"],
    ["/articles/any-slug", "page", "GET, HEAD, POST"],
    ["/embed/claims/00000000-0000-4000-8000-000000000000", "embed", "GET, HEAD, POST"],
  ];
  for (const [target, kind, allow] of cases) {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const answer = await raw(method, target);
      expect(answer.status, `${method} ${target}`).toBe(405);
      expect(answer.headers.allow, `${method} ${target}`).toBe(allow);
      expectServerRefusal(answer.headers, kind as "page" | "embed" | "api");
    }
  }
  // POST where only reading is answered, and what each path does answer still works.
  const post = await raw("POST", "/api/v1/articles", { headers: { "content-type": "application/json" }, body: Buffer.from("{}") });
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe("GET, HEAD, OPTIONS");
  expect((await raw("HEAD", "/api/v1/articles")).status).toBe(200);
  expect((await raw("OPTIONS", "/api/v1/articles")).status).toBe(204);
  expect((await raw("OPTIONS", "/feed.xml")).headers.allow).toBe("GET, HEAD, OPTIONS");
});

/** A server action of the sign-in page, from the build (any will do: the body is refused before the action runs). */
function signInAction(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  const found = Object.entries<{ workers: Record<string, unknown> }>(manifest.node).find(([, entry]) => "app/(auth)/login/page" in entry.workers);
  expect(found, "a server action on /login").toBeTruthy();
  return found![0];
}

test("a server action's body over the form limit is the server's 413 with the form's sentence, with a length or in chunks", async ({ page: browserPage }) => {
  const [id, page] = [signInAction(), "/login"];
  // Between the old Next.js limit (4 MB) and the old server cap (5 MB): Next.js answered these with a 500.
  const body = Buffer.alloc(4.5 * 1024 * 1024, "a");
  for (const chunked of [false, true]) {
    const answer = await raw("POST", page, { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, body, chunked });
    expect(answer.status, chunked ? "chunked" : "with a length").toBe(413);
    // Bare text/plain: Next.js's client gives this text to the form as the action's error (components/desk/sendable.ts).
    expect(answer.headers["content-type"]).toBe("text/plain");
    expect(answer.body.trim()).toBe("This is too large to send: at most 4 MB.");
    expectServerRefusal(answer.headers, "page");
  }
  // A browser still sending reads the refusal too (the connection is not reset under it).
  await browserPage.goto("/login");
  const seen = await browserPage.evaluate(async (action) => {
    const response = await fetch("/login", { method: "POST", headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8" }, body: "a".repeat(4.5 * 1024 * 1024) });
    return { status: response.status, text: await response.text() };
  }, id);
  expect(seen).toEqual({ status: 413, text: "This is too large to send: at most 4 MB.\n" });
});
