import { expect, test, type Page } from "@playwright/test";
import { demoArticle } from "./fixtures";

// How other sites and tools find and present the newsroom: page titles with its name, Open Graph's site name and
// locale, the home page's canonical address and feed link, oEmbed discovery on reader and embed pages, robots.txt
// read by a crawler that takes the first matching rule.

async function organisationName(page: Page): Promise<string> {
  await page.goto("/");
  return (await page.getByRole("navigation", { name: "Site" }).getByRole("link").first().textContent())!.trim();
}

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute("content");

test("the home page: the newsroom's name as title, canonical address, feed link, Open Graph with site name and locale", async ({ page, baseURL }) => {
  const name = await organisationName(page);
  await expect(page).toHaveTitle(name);
  // (Next.js writes the home address without its final slash: the same address.)
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).toString()).toBe(`${baseURL}/`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feed.xml`);
  expect(await meta(page, "og:title")).toBe(name);
  expect(new URL((await meta(page, "og:url"))!).toString()).toBe(`${baseURL}/`);
  expect(await meta(page, "og:type")).toBe("website");
  expect(await meta(page, "og:site_name")).toBe(name);
  expect(await meta(page, "og:locale")).toBe("en_GB");

  await page.goto("/corrections");
  await expect(page).toHaveTitle(`Corrections · ${name}`);
  expect(await meta(page, "og:site_name")).toBe(name);
});

test("reader and embed pages let oEmbed consumers (WordPress, Discourse) find their card", async ({ page, request, baseURL }) => {
  const name = await organisationName(page);
  const { slug, title } = await demoArticle(request);
  await page.goto(`/articles/${slug}`);
  await expect(page).toHaveTitle(`${title} · ${name}`);
  expect(await meta(page, "og:site_name")).toBe(name);
  expect(await meta(page, "og:locale")).toBe("en_GB");
  const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(discovery).toHaveCount(1);
  const articleCard = await (await request.get((await discovery.getAttribute("href"))!)).json();
  expect(articleCard).toMatchObject({ version: "1.0", type: "rich", title: `Fact-check: ${title}`, provider_name: name });
  expect(articleCard.html).toContain(`<iframe src="${baseURL}/embed/articles/${slug}"`);
  await page.goto(`/embed/articles/${slug}`);
  await expect(page.getByRole("article", { name: "Fact-check" })).toContainText("3 claims checked");

  const claim = (await (await request.get(`/api/v1/articles/${slug}`)).json()).claims[0];
  await page.goto(`/embed/claims/${claim.id}`);
  await expect(page).toHaveTitle(`${claim.verdict.label}: ${claim.statement} · ${name}`);
  const claimCard = await (await request.get((await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href"))!)).json();
  expect(claimCard.html).toContain(`<iframe src="${baseURL}/embed/claims/${claim.id}"`);
});

test("robots.txt keeps a first-match crawler out of staff pages and names the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  // A crawler that takes the first rule matching the path (as Python's urllib.robotparser does).
  const rules = text
    .split("\n")
    .map((line) => /^(Allow|Disallow):\s*(\S*)/i.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, kind, path]) => ({ allow: kind!.toLowerCase() === "allow", path: path! }));
  const allowed = (path: string) => rules.find((rule) => rule.path && path.startsWith(rule.path))?.allow ?? true;
  for (const path of ["/desk", "/admin/users", "/login", "/api/auth/session"]) expect(allowed(path), path).toBe(false);
  for (const path of ["/", "/articles/x", "/feed.xml", "/api/v1/articles"]) expect(allowed(path), path).toBe(true);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect((await request.get(`${baseURL}/sitemap.xml`)).status()).toBe(200);
});
