import { getReaderContext } from "@/lib/core/database";
import { listPublicArticles } from "@/lib/services/publishing/listPublicArticles";
import { answerPublicRead, preflight, publicJson } from "@/lib/web/publicApi";
import type { ArticlePageDocument } from "@/lib/web/publicApiSchemas";
import { articleSummaryDocument } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY } from "@/lib/domain/surrogateKeys";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles?page=&perPage=: published articles, most recently published first. */
export async function GET(request: Request) {
  return answerPublicRead(async () => {
    cacheForReaders([HOME_KEY]);
    const params = new URL(request.url).searchParams;
    const list = await listPublicArticles(await getReaderContext(), {
      page: params.get("page") ?? undefined,
      perPage: params.get("perPage") ?? undefined,
    });
    const site = siteUrl();
    const answer: ArticlePageDocument = {
      items: list.items.map((article) => articleSummaryDocument(site, article)),
      page: list.page,
      perPage: list.perPage,
      total: list.total,
    };
    return publicJson(request, answer);
  });
}

export const OPTIONS = preflight;
