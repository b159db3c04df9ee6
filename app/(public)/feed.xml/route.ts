import { getReaderContext } from "@/lib/core/database";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { listPublishedVersions } from "@/lib/services/publishing/listPublishedVersions";
import { listRetractions } from "@/lib/services/publishing/listRetractions";
import { answerPublicRead, publicResponse } from "@/lib/web/publicApi";
import { publicFeed } from "@/lib/web/publicFeed";
import { siteUrl } from "@/lib/web/siteUrl";
import { cacheForReaders } from "@/lib/core/requestState";
import { FEED_KEY } from "@/lib/domain/surrogateKeys";

export const dynamic = "force-dynamic";

const FEED_LENGTH = 50;

/** GET /feed.xml: an Atom feed of the latest publications (new fact-checks, new versions) and retractions, newest first. */
export async function GET(request: Request) {
  return answerPublicRead(async () => {
    cacheForReaders([FEED_KEY]);
    const ctx = await getReaderContext();
    const [entries, retractions, organisation] = await Promise.all([
      listPublishedVersions(ctx, { limit: FEED_LENGTH }),
      listRetractions(ctx, { limit: FEED_LENGTH }),
      getOrganisation(ctx),
    ]);
    return publicResponse(request, publicFeed(siteUrl(), organisation, entries, retractions, FEED_LENGTH), "application/atom+xml; charset=utf-8");
  });
}
