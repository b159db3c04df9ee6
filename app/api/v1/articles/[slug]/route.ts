import { getReaderContext } from "@/lib/core/database";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { answerPublicRead, apiError, preflight, publicJson } from "@/lib/web/publicApi";
import { articleQuerySchema } from "@/lib/web/publicApiSchemas";
import { articleDocument, retractedDocument } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/{slug}[?version=n]: a published version with its claims; 410 once retracted. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return answerPublicRead(async () => {
    const { slug } = await params;
    const query = articleQuerySchema.shape.version.safeParse(new URL(request.url).searchParams.get("version") ?? undefined);
    if (!query.success) return apiError(400, query.error.issues[0]!.message, { fields: { version: query.error.issues[0]!.message } });
    const found = await getPublishedVersion(await getReaderContext(), { slug, number: query.data });
    cacheForReaders([articleKey(slug), ...(found?.kind === "published" ? found.snapshot.claims.map((claim) => claimKey(claim.id)) : [])]);
    if (!found) return apiError(404, "No published fact-check has that address (or that version).");
    if (found.kind === "retracted") return publicJson(request, retractedDocument(found), 410);
    return publicJson(request, articleDocument(siteUrl(), found));
  });
}

export const OPTIONS = preflight;
