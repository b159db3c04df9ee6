import { describe, expect, test } from "vitest";
import { GET as getOEmbed } from "@/app/api/oembed/route";
import { GET as getArticle } from "@/app/api/v1/articles/[slug]/route";
import { GET as listArticles } from "@/app/api/v1/articles/route";
import { GET as listClaimReviews } from "@/app/api/v1/claim-reviews/route";
import { GET as getOpenApiDocument } from "@/app/api/v1/openapi.json/route";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { MAX_VERSION_NUMBER } from "@/lib/services/publishing/publicArticle";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { OPENAPI_DOCUMENT } from "@/lib/web/openApiDocument";
import { siteUrl } from "@/lib/web/siteUrl";
import { makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";
import { MAX_API_PAGE } from "@/lib/domain/limits";

// The OpenAPI document must say what the API does: lint-level completeness (servers, operationIds, licence, typed
// dates), and for every operation exactly the 4xx answers its route really gives, each for a request that gets it.

type Operation = { operationId?: string; parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, unknown> };
const paths = OPENAPI_DOCUMENT.paths as unknown as Record<string, { get: Operation }>;

/** Calls the route handler of a documented path with a query, as the server would. */
type Call = (query: string) => Promise<Response>;

async function publishedAndRetracted() {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const make = async (title: string) => {
    const article = await makeArticle(editor, title);
    const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(SAMPLE_BODY.split("\n")[0]!) });
    claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation: "Official data show 4.1 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: claim.version });
    await publishAsShown(editor, article.id);
    return article;
  };
  const live = await make("Documented live");
  const retracted = await make("Documented retracted");
  await retractArticle(editor, { articleId: retracted.id, version: (await getWorkspace(editor, retracted.id)).article.version, reason: "Withdrawn." });
  return { live, retracted };
}

describe("the OpenAPI document", () => {
  test("names its server (this site's address), a licence, an operationId for every operation, and typed dates", async () => {
    const served = await (await getOpenApiDocument(new Request(`${siteUrl()}/api/v1/openapi.json`))).json();
    expect(served.servers).toEqual([{ url: siteUrl(), description: "This site" }]);
    expect(served.info.license).toEqual({ name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" });
    expect(served.security).toEqual([]);
    const ids = Object.values(paths).map((path) => path.get.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const parameter = (path: string, name: string) => paths[path]!.get.parameters!.find((p) => p.name === name)!.schema;
    for (const name of ["since", "until"]) {
      expect(parameter("/api/v1/claim-reviews", name)).toEqual({ anyOf: [{ type: "string", format: "date" }, { type: "string", format: "date-time" }] });
    }
    expect(parameter("/api/v1/articles", "page")).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_API_PAGE });
    expect(parameter("/api/v1/articles/{slug}", "version")).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_VERSION_NUMBER });
  });

  test("every operation lists exactly the 4xx answers its route gives; a page past the end is an empty page", async () => {
    const { live, retracted } = await publishedAndRetracted();
    const site = siteUrl();
    const request = (path: string, query: string) => new Request(`${site}${path}${query}`);
    const calls: Record<string, Call> = {
      "/api/v1/articles": (q) => listArticles(request("/api/v1/articles", q)),
      "/api/v1/articles/{slug}": (q) => {
        const [slug, rest = ""] = q.split(/(?=\?)/);
        return getArticle(request(`/api/v1/articles/${slug}`, rest), { params: Promise.resolve({ slug: slug! }) });
      },
      "/api/v1/claim-reviews": (q) => listClaimReviews(request("/api/v1/claim-reviews", q)),
      "/api/v1/openapi.json": (q) => Promise.resolve(getOpenApiDocument(request("/api/v1/openapi.json", q))),
      "/api/oembed": (q) => getOEmbed(request("/api/oembed", q)),
    };
    const url = (path: string) => encodeURIComponent(`${site}${path}`);
    // Requests each route refuses, with the status it answers; and requests it must answer 200.
    const refused: Record<string, [string, number][]> = {
      "/api/v1/articles": [
        ["?page=0", 400],
        ["?page=abc", 400],
        [`?page=${MAX_API_PAGE + 1}`, 400],
        ["?perPage=101", 400],
      ],
      "/api/v1/articles/{slug}": [
        ["no-such-article", 404],
        [`${live.slug}?version=2`, 404],
        [`${live.slug}?version=0`, 400],
        [`${live.slug}?version=${MAX_VERSION_NUMBER + 1}`, 400],
        ["NOT a slug", 404],
        [retracted.slug, 410],
      ],
      "/api/v1/claim-reviews": [
        ["?since=", 400],
        ["?since=2026-13-01", 400],
        ["?since=2026-05-02&until=2026-05-01", 400],
        ["?page=-1", 400],
      ],
      "/api/v1/openapi.json": [],
      "/api/oembed": [
        ["", 400],
        [`?url=${url(`/articles/${live.slug}`)}&maxwidth=abc`, 400],
        [`?url=${url("/articles/no-such-article")}`, 404],
        [`?url=${encodeURIComponent("https://elsewhere.example/articles/x")}`, 404],
        [`?url=${url(`/articles/${live.slug}`)}&format=xml`, 501],
      ],
    };
    const answered: Record<string, string[]> = {
      "/api/v1/articles": ["", `?page=${MAX_API_PAGE}`, "?page=999"],
      "/api/v1/articles/{slug}": [live.slug, `${live.slug}?version=1`],
      "/api/v1/claim-reviews": ["?since=2020-01-01", "?since=2020-01-01T00:00:00Z&until=2100-01-01", "?page=500"],
      "/api/v1/openapi.json": [""],
      "/api/oembed": [`?url=${url(`/articles/${live.slug}`)}`],
    };
    expect(Object.keys(calls).sort()).toEqual(Object.keys(paths).sort());

    for (const [path, { get }] of Object.entries(paths)) {
      const documented = Object.keys(get.responses).filter((status) => status.startsWith("4") || status === "501");
      const seen = new Set<string>();
      for (const [query, status] of refused[path]!) {
        const response = await calls[path]!(query);
        expect(response.status, `${path} ${query}`).toBe(status);
        expect(documented, `${path} ${query} answers ${status}`).toContain(String(status));
        const body = await response.json();
        expect(body.error, `${path} ${query}`).toMatchObject({ status, message: expect.any(String) });
        seen.add(String(status));
      }
      // Nothing documented that the route never answers.
      expect([...seen].sort(), path).toEqual([...documented].sort());
      for (const query of answered[path]!) {
        const response = await calls[path]!(query);
        expect(response.status, `${path} ${query}`).toBe(200);
        const body = await response.json();
        if ("items" in body && /page=(999|500|1000000000)/.test(query)) expect(body.items, `${path} ${query}`).toEqual([]);
      }
    }
  });
});
