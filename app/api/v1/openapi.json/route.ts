import { OPENAPI_DOCUMENT } from "@/lib/web/openApiDocument";
import { preflight, publicJson } from "@/lib/web/publicApi";
import { siteUrl } from "@/lib/web/siteUrl";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API, naming this site as its server. */
export function GET(request: Request) {
  return publicJson(request, { ...OPENAPI_DOCUMENT, servers: [{ url: siteUrl(), description: "This site" }] });
}

export const OPTIONS = preflight;
