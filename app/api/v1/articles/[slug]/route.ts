import { z } from "zod";
import { getReaderContext } from "@/lib/core/database";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { MAX_VERSION_NUMBER } from "@/lib/services/publishing/publicArticle";
import { answerPublicRead, apiError, preflight, publicJson } from "@/lib/web/publicApi";
import { articleDocument, retractedDocument } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";

export const dynamic = "force-dynamic";

const versionParam = z.coerce
  .number("Give version as a whole number, e.g. version=2.")
  .int("Give version as a whole number, e.g. version=2.")
  .positive("Versions are numbered from 1.")
  .max(MAX_VERSION_NUMBER, `Give version as a whole number up to ${MAX_VERSION_NUMBER.toLocaleString("en")}.`)
  .optional();

/** GET /api/v1/articles/{slug}[?version=n]: a published version with its claims; 410 once retracted. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return answerPublicRead(async () => {
    const { slug } = await params;
    const version = versionParam.safeParse(new URL(request.url).searchParams.get("version") ?? undefined);
    if (!version.success) return apiError(400, version.error.issues[0]!.message, { fields: { version: version.error.issues[0]!.message } });
    const found = await getPublishedVersion(await getReaderContext(), { slug, number: version.data });
    if (!found) return apiError(404, "No published fact-check has that address (or that version).");
    if (found.kind === "retracted") return publicJson(request, retractedDocument(found), 410);
    return publicJson(request, articleDocument(siteUrl(), found));
  });
}

export const OPTIONS = preflight;
