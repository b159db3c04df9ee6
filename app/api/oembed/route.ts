import { z } from "zod";
import { getReaderContext } from "@/lib/core/database";
import type { ServiceContext } from "@/lib/core/context";
import { claimFragment } from "@/lib/domain/claimReview";
import { embedPath, parseEmbeddableUrl, type EmbeddableUrl } from "@/lib/domain/embedUrls";
import { escapeXml } from "@/lib/domain/atomFeed";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { answerPublicRead, apiError, preflight, publicJson } from "@/lib/web/publicApi";
import { siteUrl } from "@/lib/web/siteUrl";

export const dynamic = "force-dynamic";

const size = (name: string) => z.coerce.number(`Give ${name} as a whole number of pixels.`).int(`Give ${name} as a whole number of pixels.`).min(100, `Give ${name} of at least 100 pixels.`).max(4000, `Give ${name} of at most 4000 pixels.`).optional();

const querySchema = z.object({
  url: z.string("Give the address of a fact-checked claim in url.").min(1, "Give the address of a fact-checked claim in url."),
  format: z.string().optional(),
  maxwidth: size("maxwidth"),
  maxheight: size("maxheight"),
});

const WIDTH = 560;
const HEIGHT = 260;

/** GET /api/oembed?url=…&format=json: oEmbed (https://oembed.com) for a claim's embed page or its place on the reader page. */
export async function GET(request: Request) {
  return answerPublicRead(async () => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError(400, query.error.issues[0]!.message);
    const { url, format, maxwidth, maxheight } = query.data;
    // The spec's answer for a format the provider does not offer.
    if (format && format !== "json") return apiError(501, "Only format=json is offered.");
    const site = siteUrl();
    const target = parseEmbeddableUrl(url, site);
    const ctx = await getReaderContext();
    const claimId = target ? await publishedClaimId(ctx, target) : null;
    const entry = claimId ? await getPublishedClaim(ctx, { claimId }) : null;
    if (!entry) return apiError(404, "That address is not a published, embeddable claim of this site.");

    const organisation = await getOrganisation(ctx);
    const width = Math.min(WIDTH, maxwidth ?? WIDTH);
    const height = Math.min(HEIGHT, maxheight ?? HEIGHT);
    const src = new URL(embedPath(entry.claim.id), site).toString();
    const title = `${entry.claim.verdict.label}: ${entry.claim.statement}`;
    return publicJson(request, {
      version: "1.0",
      type: "rich",
      title,
      provider_name: organisation.name,
      provider_url: new URL("/", site).toString(),
      width,
      height,
      html: `<iframe src="${escapeXml(src)}" width="${width}" height="${height}" title="${escapeXml(title)}" style="border:0" loading="lazy"></iframe>`,
    });
  });
}

/** The id of the claim an address names, when it names one readers can see. */
async function publishedClaimId(ctx: ServiceContext, target: EmbeddableUrl): Promise<string | null> {
  if (target.kind === "embed") return target.claimId;
  const version = await getPublishedVersion(ctx, { slug: target.slug });
  if (version?.kind !== "published") return null;
  const claim = version.snapshot.claims.find((c, index) => claimFragment(c, index) === target.fragment || `claim-${c.id}` === target.fragment);
  return claim?.id ?? null;
}

export const OPTIONS = preflight;
