import { OPENAPI_DOCUMENT } from "@/lib/web/openApiDocument";
import { preflight, publicJson } from "@/lib/web/publicApi";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API. */
export function GET(request: Request) {
  return publicJson(request, OPENAPI_DOCUMENT);
}

export const OPTIONS = preflight;
