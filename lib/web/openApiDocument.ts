// The OpenAPI 3.1 description of the public read-only API (served at /api/v1/openapi.json). Keep it in step with
// the route handlers under app/api/v1 and the documents of lib/web/publicDocuments.ts; tests/e2e/publicApi.spec.ts
// calls every path it lists.

const error = { $ref: "#/components/schemas/Error" } as const;
const json = (schema: object) => ({ "application/json": { schema } });
const page = { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } } as const;
const perPage = { name: "perPage", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } } as const;
const cached = {
  ETag: { description: "Strong hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", example: "public, max-age=60" } },
  "Access-Control-Allow-Origin": { schema: { type: "string", example: "*" } },
} as const;
const notModified = { description: "Not modified: the If-None-Match ETag is current." } as const;
const badRequest = { description: "Bad parameters; the message says which and how to fix them.", content: json(error) } as const;

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Factdesk public API",
    version: "1.0.0",
    description: "Read-only access to published fact-checks: only what readers see on the site. Retracted fact-checks answer 410.",
  },
  paths: {
    "/api/v1/articles": {
      get: {
        summary: "Published fact-checks, most recently published first",
        parameters: [page, perPage],
        responses: {
          "200": { description: "A page of articles", headers: cached, content: json({ $ref: "#/components/schemas/ArticlePage" }) },
          "304": notModified,
          "400": badRequest,
        },
      },
    },
    "/api/v1/articles/{slug}": {
      get: {
        summary: "One published fact-check with its claims (the latest version unless `version` is given)",
        parameters: [
          { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,100}$" }, example: "russia-accuses-ukraine" },
          { name: "version", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
        ],
        responses: {
          "200": { description: "The version", headers: cached, content: json({ $ref: "#/components/schemas/Article" }) },
          "304": notModified,
          "400": badRequest,
          "404": { description: "No published fact-check (or version) at that address.", content: json(error) },
          "410": { description: "Retracted: when and why.", content: json({ $ref: "#/components/schemas/Retracted" }) },
        },
      },
    },
    "/api/v1/claim-reviews": {
      get: {
        summary: "schema.org ClaimReview objects for every claim readers see",
        parameters: [
          { name: "since", in: "query", required: false, description: "Published on or after (YYYY-MM-DD or ISO 8601 time).", schema: { type: "string" } },
          { name: "until", in: "query", required: false, description: "Published on or before (a date counts the whole day).", schema: { type: "string" } },
          page,
          perPage,
        ],
        responses: {
          "200": { description: "A page of ClaimReviews", headers: cached, content: json({ $ref: "#/components/schemas/ClaimReviewPage" }) },
          "304": notModified,
          "400": badRequest,
        },
      },
    },
    "/api/v1/openapi.json": {
      get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } } },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["status", "message"], properties: { status: { type: "integer" }, message: { type: "string" } } } },
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
            items: {
              type: "object",
              properties: {
                id: { type: "string", format: "uuid" },
                url: { type: "string", format: "uri" },
                quote: { type: "string" },
                start: { type: "integer" },
                end: { type: "integer" },
                statement: { type: "string" },
                claimant: { type: "string" },
                verdict: {
                  type: "object",
                  properties: { label: { type: "string" }, description: { type: "string" }, position: { type: "integer" }, scaleSize: { type: "integer" } },
                },
                explanation: { type: "string" },
                sources: { type: "array", items: { type: "object", properties: { url: { type: "string" }, title: { type: "string" } } } },
                reviewedAt: { type: "string", format: "date-time" },
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
          error: { $ref: "#/components/schemas/Error/properties/error" },
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
          datePublished: { type: "string", format: "date-time" },
          author: { type: "object" },
          itemReviewed: { type: "object" },
          reviewRating: {
            type: "object",
            properties: { ratingValue: { type: "integer" }, bestRating: { type: "integer" }, worstRating: { type: "integer" }, alternateName: { type: "string" } },
          },
        },
      },
      ClaimReviewPage: {
        allOf: [{ $ref: "#/components/schemas/Paging" }, { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ClaimReview" } } } }],
      },
    },
  },
} as const;
