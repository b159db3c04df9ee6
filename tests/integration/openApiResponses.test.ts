import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { GET as getOEmbed } from "@/app/api/oembed/route";
import { GET as getArticle } from "@/app/api/v1/articles/[slug]/route";
import { GET as listArticles } from "@/app/api/v1/articles/route";
import { GET as listClaimReviews } from "@/app/api/v1/claim-reviews/route";
import { GET as getOpenApiDocument } from "@/app/api/v1/openapi.json/route";
import { closeDb } from "@/db/client";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { createArticle } from "@/lib/services/articles/createArticle";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { siteUrl } from "@/lib/web/siteUrl";
import { resetDatabase } from "./database";
import { makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";

// Issue 21 point 4: real answers of every documented operation, for every status the OpenAPI document lists for it,
// validated with a JSON Schema 2020-12 validator (Ajv) against the document the API serves; and every route under
// app/api/v1 is documented. The schemas are strict (additionalProperties: false, required fields), so an answer with a
// field the contract lacks, or without one it requires, fails here.

type Json = Record<string, unknown>;
type Operation = { operationId: string; responses: Record<string, { headers?: Record<string, unknown>; content?: { "application/json": { schema: Json } } }> };
type Document = { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Json> } };

const DOCUMENT_ID = "https://factdesk.test/openapi.json";
const site = siteUrl();
let document: Document;
let ajv: Ajv2020;

beforeAll(async () => {
  document = (await (await getOpenApiDocument(new Request(`${site}/api/v1/openapi.json`))).json()) as Document;
  ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The OpenAPI fields around the schemas are not JSON Schema: known to Ajv, checked by nothing (`example` is OpenAPI's).
  ajv.addVocabulary(["openapi", "info", "servers", "security", "paths", "components", "example"]);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
});

/** The validator of an operation's documented answer body for a status, straight from the served document. */
function bodyValidator(path: string, status: string): ValidateFunction {
  const pointer = ["paths", path, "get", "responses", status, "content", "application/json", "schema"].map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
  return ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
}

/** A request to the site, with headers. */
const request = (pathAndQuery: string, headers: Record<string, string> = {}) => new Request(`${site}${pathAndQuery}`, { headers });

/** How each documented path is answered: its route handler, called as the server would. */
const routes: Record<string, (query: string, headers?: Record<string, string>) => Promise<Response>> = {
  "/api/v1/articles": (q, h) => listArticles(request(`/api/v1/articles${q}`, h)),
  "/api/v1/articles/{slug}": (q, h) => {
    const [slug = "", rest = ""] = q.split(/(?=\?)/);
    return getArticle(request(`/api/v1/articles/${slug}${rest}`, h), { params: Promise.resolve({ slug }) });
  },
  "/api/v1/claim-reviews": (q, h) => listClaimReviews(request(`/api/v1/claim-reviews${q}`, h)),
  "/api/v1/openapi.json": (q, h) => Promise.resolve(getOpenApiDocument(request(`/api/v1/openapi.json${q}`, h))),
  "/api/oembed": (q, h) => getOEmbed(request(`/api/oembed${q}`, h)),
};

/** Every route file under app/api/v1, as an OpenAPI path (`[slug]` → `{slug}`). */
function v1RouteFiles(): string[] {
  const root = join(process.cwd(), "app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) found.push(`/${relative(root, dir).split(sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}"));
    }
  };
  walk(join(root, "api", "v1"));
  return found.sort();
}

describe("the OpenAPI document", () => {
  test("documents every route under app/api/v1 (and oEmbed), and nothing that has no route", () => {
    const documented = Object.keys(document.paths).sort();
    expect(v1RouteFiles().length).toBeGreaterThanOrEqual(4);
    for (const route of v1RouteFiles()) expect(documented, `${route} is not in the OpenAPI document`).toContain(route);
    expect(documented).toEqual([...v1RouteFiles(), "/api/oembed"].sort());
    expect(Object.keys(routes).sort()).toEqual(documented);
  });

  test("is OpenAPI 3.1 whose every schema compiles as JSON Schema 2020-12", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const id of Object.keys(document.components.schemas)) expect(() => ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${id}`), id).not.toThrow();
    for (const [path, { get }] of Object.entries(document.paths)) {
      for (const [status, response] of Object.entries(get.responses)) if (response.content) expect(() => bodyValidator(path, status), `${path} ${status}`).not.toThrow();
    }
  });
});

describe("every documented answer, for real", () => {
  let live: { slug: string };
  let retracted: { slug: string };

  /** A blank newsroom with one live fact-check (two versions) and one retracted. */
  async function seed() {
    await resetDatabase();
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const publish = async (title: string) => {
      // Everything an answer can carry: an original article with its outlet, address, author and date; typed
      // claimants, a claim's own link, sources, a verdict on the truth scale and one that rates no truth, and a
      // correction (a second version that changes one verdict: dateModified).
      const article = await createArticle(editor, {
        title,
        body: SAMPLE_BODY,
        sourceOutlet: "Daily Example",
        sourceUrl: "https://news.example/mayor",
        originalAuthor: "A. Writer",
        originalPublishedOn: "2026-04-30",
      });
      const verdicts = await listVerdicts(editor); // the newsroom's scale exists once it has an article
      const claims = [];
      for (const [index, label] of ["False", "Unproven", "Mostly true"].entries()) {
        let claim = await createClaim(editor, { articleId: article.id, ...spanOf(SAMPLE_BODY.split("\n")[index]!) });
        if (index === 0) {
          claim = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: "Unemployment fell to 3.2 percent.", claimant: "The mayor", claimantType: "person", appearanceUrl: "https://video.example/speech" });
        }
        const verdictId = verdicts.find((v) => v.label === label)!.id;
        claim = await reviewClaim(editor, {
          claimId: claim.id,
          version: claim.version,
          verdictId,
          publicExplanation: `Why it is ${label}.`,
          sources: [{ url: "https://stats.example/table", title: "The statistics office" }],
          readyForSignoff: true,
        });
        claims.push(await signOffClaim(approver, { claimId: claim.id, version: claim.version }));
      }
      await publishAsShown(editor, article.id);
      const reviewed = await reviewClaim(editor, { claimId: claims[2]!.id, version: claims[2]!.version, verdictId: verdicts.find((v) => v.label === "True")!.id, publicExplanation: "New figures.", sources: [], readyForSignoff: true });
      await signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
      await publishAsShown(editor, article.id, { changeNote: "New figures for the third claim.", isCorrection: true });
      return article;
    };
    live = await publish("Documented live");
    const withdrawn = await publish("Documented retracted");
    retracted = withdrawn;
    await retractArticle(editor, { articleId: withdrawn.id, version: (await getWorkspace(editor, withdrawn.id)).article.version, reason: "Withdrawn." });
  }
  beforeAll(seed);

  // The 503 test points the app at no database; back on the test database (a new in-memory one on PGlite), the
  // newsroom is seeded again for the tests that run after it (the order is shuffled).
  const saved = process.env.DATABASE_URL;
  afterEach(async () => {
    if (process.env.DATABASE_URL === saved) return;
    await closeDb();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await seed();
  });

  const url = (path: string) => encodeURIComponent(`${site}${path}`);
  /** For each documented path and status, requests that get it (304s are asked with the 200's ETag). */
  const requests = (): Record<string, Record<string, string[]>> => ({
    "/api/v1/articles": {
      "200": ["", "?page=1&perPage=1", "?page=2&perPage=1", "?page=999"],
      "400": ["?page=0", "?perPage=101", "?page=abc"],
    },
    "/api/v1/articles/{slug}": {
      "200": [live.slug, `${live.slug}?version=1`],
      "400": [`${live.slug}?version=0`, `${live.slug}?version=x`],
      "404": ["no-such-article", `${live.slug}?version=3`],
      "410": [retracted.slug],
    },
    "/api/v1/claim-reviews": {
      "200": ["", "?since=2020-01-01&until=2100-01-01", "?since=2020-01-01T00:00:00Z", "?page=500"],
      "400": ["?since=2026-13-01", "?since=2026-05-02&until=2026-05-01", "?perPage=0"],
    },
    "/api/v1/openapi.json": { "200": [""] },
    "/api/oembed": {
      "200": [`?url=${url(`/articles/${live.slug}`)}`, `?url=${url(`/articles/${retracted.slug}`)}&maxwidth=300&format=json`],
      "400": ["", `?url=${url(`/articles/${live.slug}`)}&maxheight=50`],
      "404": [`?url=${url("/articles/no-such-article")}`],
      "501": [`?url=${url(`/articles/${live.slug}`)}&format=xml`],
    },
  });
  /** Statuses tested below rather than by a table of requests. */
  const elsewhere = new Set(["304", "503"]);

  test("every status an operation documents is asked for here, and no other", () => {
    for (const [path, { get }] of Object.entries(document.paths)) {
      const asked = [...Object.keys(requests()[path] ?? {}), ...Object.keys(get.responses).filter((status) => elsewhere.has(status))];
      expect(asked.sort(), path).toEqual(Object.keys(get.responses).sort());
    }
  });

  test("every answer's body validates against the document's schema for its status, with the headers documented", async () => {
    let checked = 0;
    for (const [path, statuses] of Object.entries(requests())) {
      for (const [status, queries] of Object.entries(statuses)) {
        const validate = bodyValidator(path, status);
        const documented = document.paths[path]!.get.responses[status]!;
        for (const query of queries) {
          const response = await routes[path]!(query);
          expect(response.status, `${path} ${query}`).toBe(Number(status));
          expect(response.headers.get("content-type"), `${path} ${query}`).toMatch(/^application\/json/);
          const body: unknown = await response.json();
          expect(validate(body) ? [] : validate.errors, `${path} ${query} answers ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
          for (const header of Object.keys(documented.headers ?? {})) expect(response.headers.get(header), `${path} ${query}: ${header}`).not.toBeNull();
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  test("the answers carry what the contract allows but does not require (so the validation above saw them)", async () => {
    const article = (await (await routes["/api/v1/articles/{slug}"]!(live.slug)).json()) as { claims: Json[]; versions: { number: number }[] };
    expect(article.versions.map((v) => v.number), "newest first, as documented").toEqual([2, 1]);
    expect(article.claims.map((c) => c.claimantType)).toContain("person");
    expect(article.claims.some((c) => typeof c.modifiedAt === "string")).toBe(true);
    const reviews = (await (await routes["/api/v1/claim-reviews"]!("")).json()) as { items: Json[] };
    expect(reviews.items.some((r) => "dateModified" in r)).toBe(true);
    const ratings = reviews.items.map((r) => r.reviewRating as Json);
    expect(ratings.some((r) => "ratingValue" in r) && ratings.some((r) => !("ratingValue" in r))).toBe(true);
    const items = reviews.items.map((r) => r.itemReviewed as Json);
    expect(items.some((i) => "firstAppearance" in i && "appearance" in i && "author" in i)).toBe(true);
    const pastTheEnd = (await (await routes["/api/v1/articles"]!("?page=999")).json()) as { items: unknown[] };
    expect(pastTheEnd.items).toEqual([]);
  });

  test("each query parameter's documented schema accepts exactly what the route accepts (probed at and past its bounds)", async () => {
    // For each parameter, values at and just past what its schema allows: the route answers 400 exactly for those
    // the document's schema refuses. Other parameters stay as in a request that is answered.
    const base: Record<string, string> = {
      "/api/v1/articles": "",
      "/api/v1/articles/{slug}": live.slug,
      "/api/v1/claim-reviews": "",
      "/api/oembed": `url=${url(`/articles/${live.slug}`)}`,
    };
    // Every bound a route has today, each side of it, so a bound the document loses is probed too.
    const bounds = ["-1", "0", "1", "99", "100", "101", "4000", "4001", "1000000", "1000001", "1000000000", "1000000001", "2.5", "1e3", "x"];
    const dates = ["2026-05-01", "2024-02-29", "2026-02-29", "2026-13-01", "2026-05-01T12:00:00Z", "2026-05-01T12:00:00.5+02:00", "2026-05-01T12:00:00", "2026-05-01T25:00:00Z", "May 1"];
    let probed = 0;
    for (const [path, { get }] of Object.entries(document.paths) as [string, { get: Operation & { parameters?: { name: string; in: string; schema: Json }[] } }][]) {
      for (const parameter of (get.parameters ?? []).filter((p) => p.in === "query" && p.name !== "format")) {
        const { schema } = parameter;
        const values =
          parameter.name === "url"
            ? ["", "not an address", `${site}/articles/${live.slug}`]
            : schema.type === "integer"
            ? [...new Set([schema.minimum, schema.maximum, Number(schema.minimum) - 1, Number(schema.maximum) + 1].filter((v) => Number.isFinite(v)).map(String).concat(bounds))]
            : dates;
        const validate = ajv.compile(schema);
        for (const value of values) {
          // The value as a JSON number when it is written as one (the way a client serialises an integer).
          const typed: unknown = schema.type === "integer" && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) ? Number(value) : value;
          const [before = "", query = ""] = base[path]!.includes("=") ? ["", base[path]!] : [base[path]!, ""];
          const response = await routes[path]!(`${before}?${[query, `${parameter.name}=${encodeURIComponent(value)}`].filter(Boolean).join("&")}`);
          const refused = response.status === 400;
          expect(refused, `${path} ${parameter.name}=${value}: the document ${validate(typed) ? "accepts" : "refuses"} it, the route answers ${response.status}`).toBe(!validate(typed));
          probed += 1;
        }
      }
    }
    expect(probed).toBeGreaterThanOrEqual(40);
  });

  test("304: asked again with the ETag of a 200, every operation that documents 304 answers it with no body", async () => {
    const asked = { "/api/v1/articles": "", "/api/v1/articles/{slug}": live.slug, "/api/v1/claim-reviews": "", "/api/v1/openapi.json": "", "/api/oembed": `?url=${url(`/articles/${live.slug}`)}` };
    for (const [path, { get }] of Object.entries(document.paths)) {
      if (!("304" in get.responses)) continue;
      const query = asked[path as keyof typeof asked];
      const first = await routes[path]!(query);
      const etag = first.headers.get("etag");
      expect(etag, path).toBeTruthy();
      const again = await routes[path]!(query, { "If-None-Match": etag! });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("etag"), path).toBe(etag);
      expect(await again.text(), path).toBe("");
    }
  });

  test("503: with the database out of reach, every operation that documents 503 answers it as documented", async () => {
    const asked = { "/api/v1/articles": "", "/api/v1/articles/{slug}": live.slug, "/api/v1/claim-reviews": "", "/api/oembed": `?url=${url(`/articles/${live.slug}`)}` };
    await closeDb();
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/none";
    const documenting = Object.entries(document.paths).filter(([, { get }]) => "503" in get.responses);
    expect(documenting.map(([path]) => path).sort()).toEqual(Object.keys(asked).sort());
    for (const [path, { get }] of documenting) {
      const response = await routes[path]!(asked[path as keyof typeof asked]);
      expect(response.status, path).toBe(503);
      const validate = bodyValidator(path, "503");
      const body: unknown = await response.json();
      expect(validate(body) ? [] : validate.errors, path).toEqual([]);
      for (const header of Object.keys(get.responses["503"]!.headers ?? {})) expect(response.headers.get(header), `${path}: ${header}`).not.toBeNull();
    }
  });
});
