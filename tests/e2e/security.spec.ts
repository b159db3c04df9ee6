import http from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

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

/** A query no other request used: the page is rendered for this request, not served again from the cache. */
const fresh = (path: string) => `${path}${path.includes("?") ? "&" : "?"}fresh=${Math.random().toString(36).slice(2)}`;

test("a public page, a staff page and an API route carry the security headers; each page its own nonce", async ({ page, request }) => {
  const home = await request.get(fresh("/"));
  expect(home.status()).toBe(200);
  await expectPageHeaders(home);
  const again = await request.get(fresh("/"));
  expect(nonceOf(again)).not.toBe(nonceOf(home));
  // Served again from the cache, a page's inline scripts are named by hash instead (publicCache.spec.ts).

  await signIn(page, DEMO.editor);
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
  const embed = await request.get(fresh(`/embed/claims/${claims[0].id}`));
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

test("HSTS is sent when the app is served over https (behind a proxy that says so)", async ({ request }) => {
  const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
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
  await page.getByRole("link", { name: /Russia Accuses Ukraine/ }).click();
  await expect(page.getByRole("heading", { name: "3 claims checked" })).toBeVisible();

  await signIn(page, DEMO.editor);
  await page.getByRole("link", { name: /Russia Accuses Ukraine/ }).click();
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

test("a body larger than a route accepts is refused with 413 before it is read", async ({ request, baseURL }) => {
  const signIn = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.test&password=${"x".repeat(200_000)}`,
  });
  expect(signIn.status()).toBe(413);
  expect(await signIn.text()).toMatch(/too large/);

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
