import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import readerMessages from "../../messages/en/reader.json" with { type: "json" };
import { DEMO, demoArticle, savedSession, uniqueTitle } from "./fixtures";
import { seed } from "./seed";

// What other machines read: ClaimReview JSON-LD, share tags and image, the Atom feed, the public JSON API with its
// OpenAPI description, and claim embeds (the only pages other sites may frame). Part of it runs on the demo's
// published article; part on an article whose claim carries `</script>`, quotes, Cyrillic and Arabic, published here
// through the service verbs as a newsroom would: the editor prepares it, the demo reviewer rates it, the editor signs
// off (publishing.spec.ts walks the same steps at the desk).

type ClaimReview = {
  "@context": string;
  "@type": string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": string; name: string; url: string };
  itemReviewed: {
    "@type": string;
    author?: { "@type"?: string; name: string };
    datePublished?: string;
    firstAppearance?: { "@type": string; url: string };
    appearance?: { "@type": string; url: string }[];
  };
  reviewRating: { "@type": string; ratingValue?: number; bestRating?: number; worstRating?: number; alternateName: string };
};

const DEMO_TITLE = /Russia Accuses Ukraine/;
const ORGANISATION = "Factdesk Demo Newsroom";

/** The page's JSON-LD, as the browser parsed the HTML (a script broken out of would not parse as JSON). */
async function jsonLdOn(page: Page, path: string): Promise<ClaimReview[]> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  return JSON.parse((await scripts.textContent()) ?? "");
}

function expectClaimReviewShape(review: ClaimReview, baseURL: string, slug: string) {
  expect(review["@context"]).toBe("https://schema.org");
  expect(review["@type"]).toBe("ClaimReview");
  // The claim's anchor, the same in every version of the page.
  expect(review.url).toMatch(new RegExp(`^${baseURL}/articles/${slug}#claim-[0-9a-f]{8}$`));
  expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
  expect(review.author).toEqual({ "@type": "Organization", name: ORGANISATION, url: `${baseURL}/` });
  expect(review.itemReviewed["@type"]).toBe("Claim");
  // A verdict that rates no truth (the demo's "Unproven") has its name only; the others a place on the demo scale's
  // truth scale of five (an admin's test running alongside may add a verdict, which has no place).
  if (review.reviewRating.ratingValue === undefined) {
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: review.reviewRating.alternateName });
  } else {
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", worstRating: 1, bestRating: 5 });
    expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
    expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(5);
  }
  if (review.reviewRating.alternateName === "Unproven") expect(review.reviewRating).not.toHaveProperty("ratingValue");
  if (review.reviewRating.alternateName === "True") expect(review.reviewRating).toMatchObject({ ratingValue: 5, bestRating: 5 });
}

test.describe("on the demo's published article", () => {
  test("the reader page carries ClaimReview JSON-LD for each published claim, and share tags with a working image", async ({ page, request, baseURL }) => {
    const { slug } = await demoArticle(request);
    const reviews = await jsonLdOn(page, `/articles/${slug}`);
    expect(reviews).toHaveLength(3);
    for (const review of reviews) expectClaimReviewShape(review, baseURL!, slug);
    expect(reviews.map((r) => r.itemReviewed.datePublished)).toEqual(["2023-05-03", "2023-05-03", "2023-05-03"]);
    // The claimant's type as the desk said it: the outlet is an organisation, never a person.
    const authors = reviews.map((r) => r.itemReviewed.author);
    for (const author of authors) if (author?.name === "The Daily Wire") expect(author).toEqual({ "@type": "Organization", name: "The Daily Wire" });
    for (const author of authors) if (author?.name === "Kremlin spokesman") expect(author).toEqual({ "@type": "Person", name: "Kremlin spokesman" });
    const detail = await (await request.get(`/api/v1/articles/${slug}`)).json();
    expect(reviews.map((r) => r.claimReviewed)).toEqual(detail.claims.map((c: { statement: string }) => c.statement));
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(detail.claims.map((c: { verdict: { label: string } }) => c.verdict.label));

    const meta = (selector: string) => page.locator(`meta[${selector}]`).first().getAttribute("content");
    expect(await meta('property="og:title"')).toMatch(DEMO_TITLE);
    expect(await meta('property="og:description"')).toMatch(/^3 claims checked: /);
    expect(await meta('property="og:type"')).toBe("article");
    expect(await meta('name="twitter:card"')).toBe("summary_large_image");
    const image = (await meta('property="og:image"'))!;
    expect(image.startsWith(`${baseURL}/articles/${slug}/opengraph-image`)).toBe(true);
    expect(await meta('name="twitter:image"')).toBe(image);
    // Described in the page's language (the newsroom's: English here; newsroomWide/newsroomLanguage.spec.ts has Arabic).
    expect(await meta('property="og:image:alt"')).toBe(readerMessages.shareImage.alt);
    expect(await meta('name="twitter:image:alt"')).toBe(readerMessages.shareImage.alt);
    const png = await request.get(image);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");

    const unknown = new URL(image);
    unknown.pathname = unknown.pathname.replace(`/articles/${slug}/`, "/articles/no-such-article/");
    expect((await request.get(unknown.toString())).status()).toBe(404);
    // Named for the version it draws, so a correction gives the card a new address: a version that does not exist has none.
    const latest = (await (await request.get(`/api/v1/articles/${slug}`)).json()).version as number;
    expect(new URL(image).pathname).toMatch(new RegExp(`/opengraph-image-[^/]+/v${latest}$`));
    const later = new URL(image);
    later.pathname = later.pathname.replace(/\/v\d+$/, `/v${latest + 1}`);
    expect((await request.get(later.toString())).status()).toBe(404);

    // The article's version pages share its image.
    for (const path of [`/articles/${slug}/versions`, `/articles/${slug}/v/1`]) {
      await page.goto(path);
      expect(await meta('property="og:image"'), path).toBe(image);
      expect(await meta('property="og:image:alt"'), path).toBe(readerMessages.shareImage.alt);
    }
    // A version page is shared as that version: its own address, title and verdicts.
    expect(await meta('property="og:url"')).toBe(`${baseURL}/articles/${slug}/v/1`);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}/articles/${slug}/v/1`);
    expect(await meta('property="og:type"')).toBe("article");
    expect(await meta('property="og:title"')).toBe(await page.title().then((t) => t.replace(/ · [^·]+$/, "")));
    expect(await meta('property="og:description"')).toMatch(/^3 claims checked: /);
  });

  test("the Atom feed parses and lists the publication", async ({ page, request, baseURL }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    await page.goto("/");
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      const child = (el: Element, name: string) => el.getElementsByTagName(name)[0];
      return {
        namespace: doc.documentElement.namespaceURI,
        id: child(doc.documentElement, "id")?.textContent,
        updated: child(doc.documentElement, "updated")?.textContent,
        entries: [...doc.getElementsByTagName("entry")].map((e) => ({
          id: child(e, "id")?.textContent,
          title: child(e, "title")?.textContent,
          updated: child(e, "updated")?.textContent,
          link: child(e, "link")?.getAttribute("href"),
          published: child(e, "published")?.textContent,
          summary: child(e, "summary")?.textContent,
        })),
      };
    }, xml);
    expect(feed, "the feed is well-formed XML").not.toBeNull();
    expect(feed!.namespace).toBe("http://www.w3.org/2005/Atom");
    expect(feed!.id).toBe(`${baseURL}/feed.xml`);
    const { slug } = await demoArticle(request);
    const entry = feed!.entries.find((e) => DEMO_TITLE.test(e.title ?? ""));
    // The entry names the version's own page, which answers.
    expect(entry).toMatchObject({ id: `${baseURL}/articles/${slug}/v/1`, link: `${baseURL}/articles/${slug}/v/1`, summary: expect.stringMatching(/^First published\. 3 claims checked/) });
    expect(entry!.published).toBe(entry!.updated);
    expect(Date.parse(entry!.updated!)).toBeLessThanOrEqual(Date.parse(feed!.updated!));
    expect((await request.get(entry!.link!)).status()).toBe(200);
  });

  test("the JSON API: list, detail, versions, ClaimReviews; CORS, ETag and 304; 400, 404 in JSON", async ({ request, baseURL }) => {
    const { slug } = await demoArticle(request);
    const list = await request.get("/api/v1/articles");
    // Shared caches may keep it (a day when changes purge them), filed under the lists it shows.
    expect(list.headers()).toMatchObject({ "access-control-allow-origin": "*", "cache-control": expect.stringMatching(/^public, max-age=60, s-maxage=\d+, /) });
    expect(list.headers()["surrogate-key"]?.split(" ")).toEqual(expect.arrayContaining(["org", "home"]));
    const listed = (await list.json()).items.find((a: { slug: string }) => a.slug === slug);
    expect(listed).toMatchObject({ latestVersion: 1, url: `${baseURL}/articles/${slug}`, publishedAt: expect.any(String) });
    expect(Object.values(listed.verdictCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);

    const detail = await request.get(`/api/v1/articles/${slug}`);
    expect(detail.status()).toBe(200);
    const article = await detail.json();
    expect(article).toMatchObject({ slug, version: 1, latestVersion: 1, source: { outlet: "The Daily Wire" } });
    expect(article.claims).toHaveLength(3);
    // Only signed-off content: the demo's claim waiting for sign-off, and reviewers' e-mails, are not there.
    const text = JSON.stringify(article);
    expect(text).not.toContain("Missing context");
    expect(text).not.toContain("@factdesk.test");
    expect((await request.get(`/api/v1/articles/${slug}?version=1`)).status()).toBe(200);

    // ETag: the same body, a 304 with no body when the client holds it. The answer names the organisation, which a
    // test beside this one renames: a body that changed between the two requests is rightly a 200, so ask again.
    expect(detail.headers()["etag"]).toMatch(/^"[^"]+"$/);
    await expect(async () => {
      const etag = (await request.get(`/api/v1/articles/${slug}`)).headers()["etag"]!;
      const again = await request.get(`/api/v1/articles/${slug}`, { headers: { "If-None-Match": etag } });
      expect(again.status()).toBe(304);
      expect((await again.body()).length).toBe(0);
    }).toPass({ timeout: 15_000 });
    expect((await request.get(`/api/v1/articles/${slug}`, { headers: { "If-None-Match": '"stale"' } })).status()).toBe(200);

    const preflight = await request.fetch("/api/v1/claim-reviews", { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");

    const reviews = await (await request.get("/api/v1/claim-reviews?since=2020-01-01&perPage=100")).json();
    const ours = reviews.items.filter((r: ClaimReview) => r.url.includes(`/articles/${slug}#`));
    expect(ours).toHaveLength(3);
    for (const review of ours) expectClaimReviewShape(review, baseURL!, slug);
    expect((await (await request.get("/api/v1/claim-reviews?until=2000-01-01")).json()).total).toBe(0);
    // The last day there is sets no bound (its end, the year 10000, is past what the database takes).
    const toTheEnd = await request.get("/api/v1/claim-reviews?since=2020-01-01&until=9999-12-31&perPage=100");
    expect(toTheEnd.status()).toBe(200);
    expect((await toTheEnd.json()).items.filter((r: ClaimReview) => r.url.includes(`/articles/${slug}#`))).toHaveLength(3);

    for (const [path, message] of [
      ["/api/v1/claim-reviews?since=yesterday", /YYYY-MM-DD/],
      ["/api/v1/claim-reviews?since=2026-05-02&until=2026-05-01", /since must be before until/],
      ["/api/v1/claim-reviews?until=0000-01-01", /from 0001-01-01 to 9999-12-31/],
      ["/api/v1/claim-reviews?since=0000-01-01&until=9999-12-31", /from 0001-01-01 to 9999-12-31/],
      ["/api/v1/claim-reviews?until=9999-12-31T23:59:59-01:00", /from 0001-01-01 to 9999-12-31/],
      ["/api/v1/articles?perPage=1000", /between 1 and 100/],
      ["/api/v1/articles?page=zero", /whole number/],
      [`/api/v1/articles/${slug}?version=abc`, /whole number/],
    ] as const) {
      const bad = await request.get(path);
      expect(bad.status(), path).toBe(400);
      expect((await bad.json()).error.message, path).toMatch(message);
    }
    for (const path of ["/api/v1/articles/no-such-article", "/api/v1/articles/NOT%20a%20slug", `/api/v1/articles/${slug}?version=99`]) {
      const missing = await request.get(path);
      expect(missing.status(), path).toBe(404);
      expect((await missing.json()).error.status, path).toBe(404);
    }
  });

  test("every path of the OpenAPI document answers, on the server it names", async ({ request, baseURL }) => {
    const { slug } = await demoArticle(request);
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: baseURL, description: "This site" }]);
    const paths = Object.keys(document.paths);
    expect(paths.length).toBeGreaterThanOrEqual(5);
    // Required parameters get a value a reader could give.
    const query: Record<string, string> = { "/api/oembed": `?url=${encodeURIComponent(`${baseURL}/articles/${slug}`)}` };
    for (const path of paths) {
      const response = await request.get(`${document.servers[0].url}${path.replace("{slug}", slug)}${query[path] ?? ""}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["access-control-allow-origin"], path).toBe("*");
    }
  });

  test("a claim embed may be framed by another site, the rest of the site may not; oEmbed describes it", async ({ page, request, baseURL }) => {
    const { slug } = await demoArticle(request);
    const claim = (await (await request.get(`/api/v1/articles/${slug}`)).json()).claims[0];
    const embedUrl = `${baseURL}/embed/claims/${claim.id}`;

    const embed = await request.get(embedUrl);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const home = await request.get("/");
    expect(home.headers()["x-frame-options"]).toBe("DENY");
    expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect((await request.get("/embed/claims/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await request.get("/embed/claims/not-a-claim")).status()).toBe(404);

    // A page on another origin frames both: the embed shows, the home page is refused.
    await withFramingSite(page, [embedUrl, `${baseURL}/`], async () => {
      const framed = page.frameLocator("#frame-0");
      await expect(framed.getByText(claim.statement)).toBeVisible();
      await expect(framed.getByText(claim.verdict.label, { exact: true })).toBeVisible();
      const link = framed.getByRole("link", { name: "Read the full fact-check" });
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener");
      await expect(link).toHaveAttribute("href", new URL(claim.url).pathname + new URL(claim.url).hash);
      await expect(page.frameLocator("#frame-1").getByRole("heading", { name: "Fact-checked articles" })).toHaveCount(0);
    });

    // Framed at 300×200, the texts clamp: the verdict and the link stay whole in view.
    await withFramingSite(
      page,
      [embedUrl],
      async () => {
        const framed = page.frameLocator("#frame-0");
        await expect(framed.getByText(claim.verdict.label, { exact: true })).toBeInViewport({ ratio: 1 });
        await expect(framed.getByRole("link", { name: "Read the full fact-check" })).toBeInViewport({ ratio: 1 });
      },
      { width: 300, height: 200 },
    );

    for (const url of [embedUrl, claim.url]) {
      const oembed = await request.get(`/api/oembed?format=json&url=${encodeURIComponent(url)}`);
      expect(oembed.status(), url).toBe(200);
      expect(await oembed.json()).toMatchObject({
        version: "1.0",
        type: "rich",
        provider_name: ORGANISATION,
        width: 560,
        html: expect.stringContaining(`<iframe src="${embedUrl}"`),
      });
    }
    expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/embed/claims/" + claim.id)}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(embedUrl)}&format=xml`)).status()).toBe(501);
    expect((await request.get("/api/oembed")).status()).toBe(400);
  });
});

/** Serves a page on another origin that frames the given addresses (#frame-0, #frame-1, …) while `check` runs. */
async function withFramingSite(page: Page, urls: string[], check: () => Promise<void>, size = { width: 600, height: 300 }) {
  const html = `<!doctype html><title>Another site</title>${urls.map((url, i) => `<iframe id="frame-${i}" src="${url}" width="${size.width}" height="${size.height}"></iframe>`).join("")}`;
  const server = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await check();
  } finally {
    server.close();
  }
}

// A claim no page may let out of its script element, in three scripts.
const HOSTILE = 'The minister said "4,000 homes" were built </script><script>window.pwned=1</script> in Москве and القاهرة in 2023.';
const CLAIMANT = "Ministry of Construction (Министерство строительства)";

const HOMES = "The minister said 4,000 new homes were built in the capital in 2023, twice as many as in 2022.";

test("an article whose claim holds </script>, quotes and non-Latin script is published safely everywhere", async ({ page, browser, request, baseURL }) => {
  const title = uniqueTitle('Дома и "цифры" </script> القاهرة');
  // Published through the service verbs (publishing.spec.ts walks the desk's steps): the editor gives the claim our
  // hostile wording, the demo reviewer rates it, the editor signs it off.
  const { articles } = await seed(request, {
    articles: [
      {
        by: DEMO.editor,
        title,
        body: `${HOMES}\nUnemployment fell to 3.2 percent last year, the statistics office said.`,
        sourceOutlet: "Daily Example",
        sourceUrl: "https://daily.example/homes?a=1&b=2",
        originalPublishedOn: "2026-04-02",
        claims: [
          {
            quote: HOMES,
            statement: HOSTILE,
            claimant: CLAIMANT,
            claimantType: "organization",
            reviewer: DEMO.reviewer,
            review: { verdict: "False", explanation: 'Records show 2,100 homes. "Quoted" </script> Москва القاهرة.' },
            signOff: true,
          },
        ],
        publish: {},
      },
    ],
  });
  const { slug } = articles[0]!;
  const publicPath = `/articles/${slug}`;
  // Read as the editor who published it: the page as Next.js renders it for staff, its RSC payload's scripts included.
  await page.context().addCookies(await savedSession(browser, DEMO.editor));

  // The HTML holds no live closing tag from the claim; the browser parses the JSON-LD whole; nothing ran.
  const html = await (await request.get(publicPath)).text();
  expect(html).not.toContain("</script><script>window.pwned");
  const reviews = await jsonLdOn(page, publicPath);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(reviews).toHaveLength(1);
  const [claimReview] = reviews;
  expectClaimReviewShape(claimReview!, baseURL!, slug);
  expect(claimReview).toMatchObject({
    claimReviewed: HOSTILE,
    itemReviewed: {
      author: { "@type": "Organization", name: CLAIMANT },
      datePublished: "2026-04-02",
      firstAppearance: { "@type": "CreativeWork", url: "https://daily.example/homes?a=1&b=2", publisher: { "@type": "Organization", name: "Daily Example" } },
      appearance: [{ "@type": "CreativeWork", url: "https://daily.example/homes?a=1&b=2", datePublished: "2026-04-02" }],
    },
    reviewRating: { worstRating: 1, alternateName: "False" },
  });
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(title);

  // The same text through the API, the feed and the share image.
  const detail = await (await request.get(`/api/v1/articles/${slug}`)).json();
  expect(detail.title).toBe(title);
  expect(detail.claims.map((c: { statement: string }) => c.statement)).toEqual([HOSTILE]);
  const fromApi = (await (await request.get("/api/v1/claim-reviews?perPage=100")).json()).items.find((r: ClaimReview) => r.claimReviewed === HOSTILE);
  expect(fromApi).toEqual(claimReview);
  const feed = await (await request.get("/feed.xml")).text();
  expect(feed).not.toContain("</script>");
  const titles = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return doc.querySelector("parsererror") ? null : [...doc.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("title")[0]?.textContent);
  }, feed);
  expect(titles).toContain(title);
  const image = await request.get((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  // Its embed shows the text as text.
  await page.goto(`/embed/claims/${detail.claims[0].id}`);
  await expect(page.getByText(HOSTILE)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
