import { z } from "zod";
import { publicArticlesQuery } from "@/lib/services/publishing/listPublicArticles";
import { publishedClaimsQuery } from "@/lib/services/publishing/listPublishedClaims";
import { apiComponents, articleQuerySchema, oEmbedQuerySchema, slugSchema } from "./publicApiSchemas";

// The OpenAPI 3.1 description of the public read-only API (served at /api/v1/openapi.json), generated from the Zod
// schemas of lib/web/publicApiSchemas.ts (the answers) and the schemas the routes and services parse their queries
// with (the parameters): only the operations' prose and statuses are written here.
// tests/integration/openApiResponses.test.ts checks real answers of every route, for every status listed, against it.

type JsonSchema = Record<string, unknown>;

/** Zod's JSON Schema (2020-12, the dialect of OpenAPI 3.1) without what only noise would add to the document. */
const override = ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
  // `.int()` bounds every integer by Number.MAX_SAFE_INTEGER: say nothing rather than a 16-digit limit.
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  // The format says it; the regular expression Zod checks dates with is for Zod.
  if (jsonSchema.format === "date" || jsonSchema.format === "date-time" || jsonSchema.format === "uuid") delete jsonSchema.pattern;
  // A string-keyed record: every JSON key is a string.
  delete jsonSchema.propertyNames;
};

const components = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}`, override }).schemas;
const schemas: Record<string, JsonSchema> = Object.fromEntries(
  Object.entries(components).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
);

/** The input (what a client sends) of a query schema, one property at a time. */
function inputOf(schema: z.ZodType): { properties: Record<string, JsonSchema>; required: string[] } {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: "input", override }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return { properties, required };
}

/** The query parameters of a query schema, with what a client needs to know of each beyond its type. */
function queryParameters(schema: z.ZodType, descriptions: Record<string, string> = {}) {
  const { properties, required } = inputOf(schema);
  return Object.entries(properties).map(([name, { description, ...property }]) => {
    const text = descriptions[name] ?? description;
    return { name, in: "query", required: required.includes(name), ...(text ? { description: text } : {}), schema: property };
  });
}

const ref = (id: keyof typeof schemas & string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object) => ({ "application/json": { schema } });
const error = ref("Error");
const pages = { page: "Which page, from 1. A page past the last one is empty.", perPage: "How many items a page holds." };
const cached = {
  ETag: { description: "Strong hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", example: "public, max-age=60" } },
  "Access-Control-Allow-Origin": { schema: { type: "string", example: "*" } },
} as const;
const notModified = { description: "Not modified: the If-None-Match ETag is current.", headers: { ETag: cached.ETag } } as const;
const badRequest = { description: "Bad parameters; the message says which and how to fix them.", content: json(error) } as const;
const unavailable = {
  description: "The database cannot be reached; try again later (Retry-After).",
  headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "string", example: "30" } } },
  content: json(error),
} as const;

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Factdesk public API",
    version: "1.0.0",
    description:
      "Read-only access to published fact-checks: only what readers see on the site. Retracted fact-checks answer 410. " +
      "Parameters an operation does not list are ignored (the lists have no filter by verdict, language or words). " +
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
        parameters: queryParameters(publicArticlesQuery, pages),
        responses: {
          "200": { description: "A page of articles", headers: cached, content: json(ref("ArticlePage")) },
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
          { name: "slug", in: "path", required: true, schema: z.toJSONSchema(slugSchema, { override, target: "draft-2020-12" }), example: "russia-accuses-ukraine" },
          ...queryParameters(articleQuerySchema, { version: "Which version, from 1; the latest when absent." }),
        ].map(({ schema, ...parameter }) => ({ ...parameter, schema: withoutDialect(schema) })),
        responses: {
          "200": { description: "The version", headers: cached, content: json(ref("Article")) },
          "304": notModified,
          "400": badRequest,
          "404": { description: "No published fact-check (or version) at that address.", content: json(error) },
          "410": { description: "Retracted: when and why.", headers: cached, content: json(ref("Retracted")) },
          "503": unavailable,
        },
      },
    },
    "/api/v1/claim-reviews": {
      get: {
        operationId: "listClaimReviews",
        summary: "schema.org ClaimReview objects for every claim readers see, newest datePublished first",
        parameters: queryParameters(publishedClaimsQuery, {
          since: "Reviews whose datePublished (when each was first published, not its latest version) is on or after this (YYYY-MM-DD or ISO 8601 time).",
          until: "Reviews whose datePublished is on or before this (a date counts the whole day, a time counts itself).",
          ...pages,
        }),
        responses: {
          "200": { description: "A page of ClaimReviews", headers: cached, content: json(ref("ClaimReviewPage")) },
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
        responses: {
          "200": { description: "OpenAPI 3.1", headers: cached, content: json({
            type: "object",
            required: ["openapi", "info", "paths"],
            properties: { openapi: { const: "3.1.0" }, info: { type: "object" }, paths: { type: "object" }, components: { type: "object" } },
          }) },
          "304": notModified,
        },
      },
    },
    "/api/oembed": {
      get: {
        operationId: "getOEmbed",
        summary: "oEmbed (https://oembed.com) for a fact-check or one of its claims: a card other sites can frame",
        parameters: queryParameters(oEmbedQuerySchema, {
          url: "A reader page (/articles/{slug}, optionally #claim-…) or embed page (/embed/claims/{id}, /embed/articles/{slug}) of this site.",
          format: "Only json is offered (501 otherwise).",
        }),
        responses: {
          "200": {
            description: "The oEmbed answer (type rich); for a retracted fact-check, or a claim a later version removed, a card that says so",
            headers: cached,
            content: json(ref("OEmbed")),
          },
          "304": notModified,
          "400": { description: "No url, or a size that is not a whole number of pixels between 100 and 4000.", content: json(error) },
          "404": { description: "The url is not a published fact-check, or a claim of one, on this site.", content: json(error) },
          "501": { description: "A format other than json.", content: json(error) },
          "503": unavailable,
        },
      },
    },
  },
  components: { schemas },
};

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}
