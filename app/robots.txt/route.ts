import { robotsTxt } from "@/lib/domain/robotsTxt";
import { publicResponse } from "@/lib/web/publicApi";
import { siteUrl } from "@/lib/web/siteUrl";

export const dynamic = "force-dynamic";

/** GET /robots.txt: staff pages are off limits to crawlers; where the sitemap is. */
export function GET(request: Request) {
  return publicResponse(request, robotsTxt(siteUrl()), "text/plain; charset=utf-8");
}
