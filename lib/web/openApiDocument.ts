import { MAX_VERSION_NUMBER } from "@/lib/services/publishing/publicArticle";
import { MAX_API_PAGE } from "@/lib/services/publishing/publicQuery";

// The OpenAPI 3.1 description of the public read-only API (served at /api/v1/openapi.json). Keep it in step with
// the route handlers under app/api/v1 and app/api/oembed and the documents of lib/web/publicDocuments.ts:
// tests/e2e/publicApi.spec.ts calls every path it lists, tests/integration/openApi.test.ts checks that every 4xx
// a route answers is listed (and only those).

const error = { $ref: "#/components/schemas/Error" } as const;
const json = (schema: object) => ({ "application/json": { schema } });
const page = {
  name: "page",
  in: "query",
  required: false,
  description: "Which page, from 1. A page past the last one is empty.",
  schema: { type: "integer", minimum: 1, maximum: MAX_API_PAGE, default: 1 },
} as const;
const perPage = { name: "perPage", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } } as const;
/** A day (YYYY-MM-DD) or an exact moment (ISO 8601 with an offset), as the API takes it. */
const dateOrTime = { anyOf: [{ type: "string", format: "date" }, { type: "string", format: "date-time" }] } as const;
const cached = {
  ETag: { description: "Strong hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", example: "public, max-age=60" } },
  "Access-Control-Allow-Origin": { schema: { type: "string", example: "*" } },
} as const;
const notModified = { description: "Not modified: the If-None-Match ETag is current." } as const;
const badRequest = { description: "Bad parameters; the message says which and how to fix them.", content: json(error) } as const;
const unavailable = { description: "The database cannot be reached; try again later (Retry-After).", content: json(error) } as const;

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Factdesk public API",
    version: "1.0.0",
    description:
      "Read-only access to published fact-checks: only what readers see on the site. Retracted fact-checks answer 410. " +
      "The licence is the software's; the fact-checks are the newsroom's.",
    license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
  },
  // Relative to where this document is served; /api/v1/openapi.json answers with the site's absolute address here.
  servers: [{ url: "/", description: "This site" }],
  // Public: no operation needs credentials.
  security: [],
  paths: {
    "/api/v1/articles": {
      get: {
        operationId: "listArticles",
        summary: "Published fact-checks, most recently published first",
        parameters: [page, perPage],
        responses: {
          "200": { description: "A page of articles", headers: cached, content: json({ $ref: "#/components/schemas/ArticlePage" }) },
          "304": notModified,
          "400": badRequest,
          "503": unavailable,
        },
      },
    },
    "/api/v1/articles/{slug}": {
      get: {
        operationId: "getArticle",
        summary: "One published fact-check with its claims (the latest version unless `version` is given)",
        parameters: [
          { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,100}$" }, example: "russia-accuses-ukraine" },
          { name: "version", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_VERSION_NUMBER } },
        ],
        responses: {
          "200": { description: "The version", headers: cached, content: json({ $ref: "#/components/schemas/Article" }) },
          "304": notModified,
          "400": badRequest,
          "404": { description: "No published fact-check (or version) at that address.", content: json(error) },
          "410": { description: "Retracted: when and why.", headers: cached, content: json({ $ref: "#/components/schemas/Retracted" }) },
          "503": unavailable,
        },
      },
    },
    "/api/v1/claim-reviews": {
      get: {
        operationId: "listClaimReviews",
        summary: "schema.org ClaimReview objects for every claim readers see",
        parameters: [
          { name: "since", in: "query", required: false, description: "Published on or after (YYYY-MM-DD or ISO 8601 time).", schema: dateOrTime },
          { name: "until", in: "query", required: false, description: "Published on or before (a date counts the whole day).", schema: dateOrTime },
          page,
          perPage,
        ],
        responses: {
          "200": { description: "A page of ClaimReviews", headers: cached, content: json({ $ref: "#/components/schemas/ClaimReviewPage" }) },
          "304": notModified,
          "400": { description: "Bad parameters (a date that is not one, since after until, …); the message says which.", content: json(error) },
          "503": unavailable,
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This document",
        responses: { "200": { description: "OpenAPI 3.1", headers: cached, content: json({ type: "object" }) }, "304": notModified },
      },
    },
    "/api/oembed": {
      get: {
        operationId: "getOEmbed",
        summary: "oEmbed (https://oembed.com) for a fact-check or one of its claims: a card other sites can frame",
        parameters: [
          {
            name: "url",
            in: "query",
            required: true,
            description: "A reader page (/articles/{slug}, optionally #claim-…) or embed page (/embed/claims/{id}, /embed/articles/{slug}) of this site.",
            schema: { type: "string", format: "uri" },
          },
          { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json"] } },
          { name: "maxwidth", in: "query", required: false, schema: { type: "integer", minimum: 100, maximum: 4000 } },
          { name: "maxheight", in: "query", required: false, schema: { type: "integer", minimum: 100, maximum: 4000 } },
        ],
        responses: {
          "200": { description: "The oEmbed answer (type rich)", headers: cached, content: json({ $ref: "#/components/schemas/OEmbed" }) },
          "304": notModified,
          "400": { description: "No url, or a size that is not a whole number of pixels between 100 and 4000.", content: json(error) },
          "404": { description: "The url is not a published fact-check, or a claim of one, on this site.", content: json(error) },
          "501": { description: "A format other than json.", content: json(error) },
          "503": unavailable,
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { $ref: "#/components/schemas/ErrorDetail" } },
      },
      ErrorDetail: {
        type: "object",
        required: ["status", "message"],
        properties: {
          status: { type: "integer" },
          message: { type: "string" },
          fields: { type: "object", additionalProperties: { type: "string" }, description: "For 400: what is wrong with each parameter." },
        },
      },
      Paging: {
        type: "object",
        required: ["page", "perPage", "total"],
        properties: { page: { type: "integer" }, perPage: { type: "integer" }, total: { type: "integer" } },
      },
      ArticleSummary: {
        type: "object",
        required: ["slug", "title", "latestVersion", "publishedAt", "verdictCounts", "url", "apiUrl"],
        properties: {
          slug: { type: "string" },
          title: { type: "string" },
          latestVersion: { type: "integer" },
          publishedAt: { type: "string", format: "date-time" },
          verdictCounts: { type: "object", additionalProperties: { type: "integer" }, description: "Claims per verdict label." },
          url: { type: "string", format: "uri" },
          apiUrl: { type: "string", format: "uri" },
        },
      },
      ArticlePage: {
        allOf: [{ $ref: "#/components/schemas/Paging" }, { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ArticleSummary" } } } }],
      },
      Article: {
        type: "object",
        required: ["slug", "url", "version", "latestVersion", "publishedAt", "title", "body", "source", "claims", "versions"],
        properties: {
          slug: { type: "string" },
          url: { type: "string", format: "uri" },
          version: { type: "integer" },
          latestVersion: { type: "integer" },
          publishedAt: { type: "string", format: "date-time" },
          changeNote: { type: "string" },
          isCorrection: { type: "boolean" },
          title: { type: "string" },
          body: { type: "string" },
          source: {
            type: "object",
            properties: {
              outlet: { type: ["string", "null"] },
              url: { type: ["string", "null"] },
              author: { type: ["string", "null"] },
              publishedOn: { type: ["string", "null"] },
            },
          },
          claims: {
            type: "array",
            description: "In reading order.",
            items: {
              type: "object",
              required: ["id", "url", "quote", "start", "end", "statement", "claimant", "verdict", "explanation", "sources", "reviewedAt"],
              properties: {
                id: { type: "string", format: "uuid" },
                number: { type: "integer", description: "The number readers see for it in this version (1…n in reading order)." },
                url: { type: "string", format: "uri", description: "Its place on the reader page; the same in every version." },
                quote: { type: "string" },
                start: { type: "integer" },
                end: { type: "integer" },
                statement: { type: "string" },
                claimant: { type: "string" },
                claimantType: {
                  enum: ["person", "organization", null],
                  description: "Whether the claimant is a person or an organisation, as the newsroom said; null when it did not.",
                },
                appearanceUrl: { type: ["string", "null"], format: "uri", description: "Where the claim itself was made, when the newsroom linked it." },
                verdict: {
                  type: "object",
                  properties: {
                    label: { type: "string" },
                    description: { type: "string" },
                    position: { type: "integer", description: "Its place in the scale as readers see it, 1…scaleSize (an order, not a measure of truth)." },
                    scaleSize: { type: "integer" },
                    truthRank: {
                      type: ["integer", "null"],
                      description: "Its place on the truth scale, 1 = least true … bestTruthRank = most true; null for a verdict that rates no truth (such as Unproven).",
                    },
                    bestTruthRank: { type: ["integer", "null"], description: "The highest place on the truth scale of the verdict's scale." },
                  },
                },
                explanation: { type: "string" },
                sources: { type: "array", items: { type: "object", properties: { url: { type: "string" }, title: { type: "string" } } } },
                reviewedAt: { type: "string", format: "date-time" },
                firstPublishedAt: {
                  type: "string",
                  format: "date-time",
                  description: "When the review was first published; later versions that leave it unchanged keep this date (ClaimReview datePublished).",
                },
                modifiedAt: {
                  type: ["string", "null"],
                  format: "date-time",
                  description: "When a later version last changed its verdict, explanation or statement (ClaimReview dateModified); null while unchanged.",
                },
              },
            },
          },
          versions: {
            type: "array",
            items: {
              type: "object",
              properties: { number: { type: "integer" }, publishedAt: { type: "string", format: "date-time" }, changeNote: { type: "string" }, isCorrection: { type: "boolean" } },
            },
          },
        },
      },
      Retracted: {
        type: "object",
        required: ["error", "slug", "title", "retractedAt", "reason"],
        properties: {
          error: { $ref: "#/components/schemas/ErrorDetail" },
          slug: { type: "string" },
          title: { type: "string" },
          retractedAt: { type: "string", format: "date-time" },
          reason: { type: "string" },
        },
      },
      ClaimReview: {
        type: "object",
        description: "A schema.org ClaimReview (https://schema.org/ClaimReview).",
        required: ["@context", "@type", "url", "claimReviewed", "datePublished", "author", "itemReviewed", "reviewRating"],
        properties: {
          "@context": { const: "https://schema.org" },
          "@type": { const: "ClaimReview" },
          url: { type: "string", format: "uri" },
          claimReviewed: { type: "string" },
          datePublished: { type: "string", format: "date-time", description: "When the review was first published (not the version's time)." },
          dateModified: { type: "string", format: "date-time", description: "Present when a later version changed the review." },
          author: { type: "object" },
          itemReviewed: { type: "object" },
          reviewRating: {
            type: "object",
            description:
              "The verdict. ratingValue (1 = least true … bestRating = most true) only for a verdict on the truth scale; a verdict that rates no truth (such as Unproven) has only alternateName.",
            required: ["@type", "alternateName"],
            properties: { ratingValue: { type: "integer" }, bestRating: { type: "integer" }, worstRating: { type: "integer" }, alternateName: { type: "string" } },
          },
        },
      },
      OEmbed: {
        type: "object",
        required: ["version", "type", "title", "provider_name", "provider_url", "width", "height", "html"],
        properties: {
          version: { const: "1.0" },
          type: { const: "rich" },
          title: { type: "string" },
          provider_name: { type: "string" },
          provider_url: { type: "string", format: "uri" },
          width: { type: "integer" },
          height: { type: "integer" },
          html: { type: "string", description: "An iframe of the embed page." },
        },
      },
      ClaimReviewPage: {
        allOf: [{ $ref: "#/components/schemas/Paging" }, { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ClaimReview" } } } }],
      },
    },
  },
} as const;
