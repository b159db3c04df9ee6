import { getReaderContext } from "@/lib/core/database";
import { catalogTranslator } from "@/lib/core/translator";
import type { ServiceContext } from "@/lib/core/context";
import { claimAddresses, claimAt } from "@/lib/domain/claimAnchors";
import { articleEmbedPath, embedPath, parseEmbeddableUrl, type EmbeddableUrl } from "@/lib/domain/embedUrls";
import { escapeXml } from "@/lib/domain/atomFeed";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { findEarlierClaim } from "@/lib/services/publishing/findEarlierClaim";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { claimEmbedSlug, claimEmbedTitle, findClaimEmbed } from "@/lib/web/claimEmbed";
import { answerPublicRead, apiError, preflight, publicJson } from "@/lib/web/publicApi";
import { oEmbedQuerySchema, type OEmbedDocument } from "@/lib/web/publicApiSchemas";
import { siteUrl } from "@/lib/web/siteUrl";
import { cacheForReaders } from "@/lib/core/requestState";
import { articleKey, claimKey } from "@/lib/domain/surrogateKeys";

export const dynamic = "force-dynamic";

const WIDTH = 560;
const HEIGHT = 260;

/** What an embed shows: the page framed and its title. */
type Embed = { path: string; title: string };

/** The titles' words, in the newsroom's language as its embed pages are. */
type Titles = ReturnType<typeof catalogTranslator<"reader.metadata">>;

/**
 * GET /api/oembed?url=…&format=json: oEmbed (https://oembed.com) for a claim (its embed page or its place on the
 * reader page) or a whole fact-check (its reader or embed page). A retracted one is embedded too: its card says
 * that it was retracted, when and why; so is a claim a later version removed: its card says which version and why.
 */
export async function GET(request: Request) {
  return answerPublicRead(async () => {
    const query = oEmbedQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError(400, query.error.issues[0]!.message);
    const { url, format, maxwidth, maxheight } = query.data;
    // The spec's answer for a format the provider does not offer.
    if (format && format !== "json") return apiError(501, "Only format=json is offered.");
    const site = siteUrl();
    const target = parseEmbeddableUrl(url, site);
    const ctx = await getReaderContext();
    const organisation = await getOrganisation(ctx);
    const embed = target ? await embedOf(ctx, target, catalogTranslator(organisation.interfaceLanguage, "reader.metadata")) : null;
    if (!embed) return apiError(404, "That address is not a published fact-check, or a claim of one, on this site.");

    const width = Math.min(WIDTH, maxwidth ?? WIDTH);
    const height = Math.min(HEIGHT, maxheight ?? HEIGHT);
    const src = new URL(embed.path, site).toString();
    const answer: OEmbedDocument = {
      version: "1.0",
      type: "rich",
      title: embed.title,
      provider_name: organisation.name,
      provider_url: new URL("/", site).toString(),
      width,
      height,
      html: `<iframe src="${escapeXml(src)}" width="${width}" height="${height}" title="${escapeXml(embed.title)}" style="border:0" loading="lazy"></iframe>`,
    };
    return publicJson(request, answer);
  });
}

/** The embed an address names, when readers can see what it names (or its retraction notice). */
async function embedOf(ctx: ServiceContext, target: EmbeddableUrl, t: Titles): Promise<Embed | null> {
  if (target.kind === "embed") return claimEmbed(ctx, target.claimId, t);
  cacheForReaders([articleKey(target.slug)]);
  const version = await getPublishedVersion(ctx, { slug: target.slug });
  if (!version) return null;
  if (version.kind === "retracted") return { path: articleEmbedPath(version.slug), title: t("retracted", { title: version.title }) };
  const whole = { path: articleEmbedPath(version.slug), title: t("factCheck", { title: version.snapshot.title }) };
  if (target.kind !== "articleClaim") return whole;
  // A fragment that names a claim an earlier version published and a later one removed embeds that claim's card, which
  // says so (a link a partner pasted keeps telling the claim's story); one that names no claim, the whole fact-check.
  const address = claimAt(claimAddresses(version.snapshot), target.fragment);
  const claimId = address?.id ?? (await findEarlierClaim(ctx, { slug: version.slug, fragment: target.fragment }));
  return (claimId ? await claimEmbed(ctx, claimId, t) : null) ?? whole;
}

async function claimEmbed(ctx: ServiceContext, claimId: string, t: Titles): Promise<Embed | null> {
  cacheForReaders([claimKey(claimId)]);
  const found = await findClaimEmbed(ctx, claimId);
  if (!found) return null;
  cacheForReaders([articleKey(claimEmbedSlug(found))]);
  return { path: embedPath(claimId), title: claimEmbedTitle(found, t) };
}

export const OPTIONS = preflight;
