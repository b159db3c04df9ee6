import { getReaderContext } from "@/lib/core/database";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { listPublishedClaims } from "@/lib/services/publishing/listPublishedClaims";
import { answerPublicRead, preflight, publicJson } from "@/lib/web/publicApi";
import type { ClaimReviewPageDocument } from "@/lib/web/publicApiSchemas";
import { claimReviewOfEntry } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY } from "@/lib/domain/surrogateKeys";

export const dynamic = "force-dynamic";

/** GET /api/v1/claim-reviews?since=&until=&page=&perPage=: schema.org ClaimReviews of every claim readers see. */
export async function GET(request: Request) {
  return answerPublicRead(async () => {
    cacheForReaders([HOME_KEY]);
    const params = new URL(request.url).searchParams;
    const ctx = await getReaderContext();
    const [list, organisation] = await Promise.all([
      listPublishedClaims(ctx, {
        since: params.get("since") ?? undefined,
        until: params.get("until") ?? undefined,
        page: params.get("page") ?? undefined,
        perPage: params.get("perPage") ?? undefined,
      }),
      getOrganisation(ctx),
    ]);
    const site = siteUrl();
    const answer: ClaimReviewPageDocument = {
      items: list.items.map((entry) => claimReviewOfEntry(site, organisation, entry)),
      page: list.page,
      perPage: list.perPage,
      total: list.total,
    };
    return publicJson(request, answer);
  });
}

export const OPTIONS = preflight;
