import { getLocale, getTranslations } from "next-intl/server";
import { ImageResponse } from "next/og";
import { ShareImage } from "@/components/share/ShareImage";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { articleKey } from "@/lib/domain/surrogateKeys";
import { textDirection } from "@/lib/domain/languages";
import { shorten } from "@/lib/domain/shareText";
import { shareImageVerdicts } from "@/lib/domain/shareImageWords";
import { hasRightToLeft } from "@/lib/domain/visualText";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { articleVersions } from "@/lib/web/articleVersions";
import { forPage } from "@/lib/web/pageAccess";
import { shareImageDrawing } from "@/lib/web/shareImageFonts";

// Rendered per request, never at build time: the build must not open the database.
export const dynamic = "force-dynamic";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * The image's description (og:image:alt, twitter:image:alt) in the page's language, which an `alt` export, one fixed
 * text, cannot be. One image, named for the version it draws (`opengraph-image-<hash>/v3`): a new version gets a new
 * address, so sites that keep images by address show the corrected card, not the one from before. The version pages
 * below this segment carry the latest version's card too.
 */
export async function generateImageMetadata({ params }: { params?: { slug?: string } }) {
  // Next.js also asks for the ids at build time (the image route's generateStaticParams), with no article and no
  // request to take the page's language from: the id is all it needs then.
  if (!params?.slug) return [{ id: "card" }];
  const [t, versions] = await Promise.all([getTranslations("reader.shareImage"), articleVersions(params.slug)]);
  return [{ id: versions?.kind === "versions" ? `v${versions.latestNumber}` : "card", alt: t("alt"), size, contentType }];
}

/** The image social networks show when the fact-check is shared; 404 for an unknown or retracted article, or an unknown version. */
export default async function Image({ params, id }: { params: Promise<{ slug: string }>; id: Promise<string> }) {
  const { slug } = await params;
  // The version the address names. Next.js answers 404 itself, before this runs, for an id generateImageMetadata does
  // not give (an earlier version's, "card"), so this draws the latest version; the check stays for that contract.
  const named = /^v([1-9][0-9]{0,8})$/.exec(await id)?.[1];
  const [[version, organisation], t, locale] = await Promise.all([
    forPage(getReaderContext().then((ctx) => Promise.all([getPublishedVersion(ctx, { slug, number: named ? Number(named) : undefined }), getOrganisation(ctx)]))),
    getTranslations("reader.shareImage"),
    getLocale(),
  ]);
  if (version?.kind !== "published") return new Response(t("notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  cacheForReaders([articleKey(slug)]);
  const title = shorten(version.snapshot.title, 140);
  // Fonts for every script on the image, from disk, and only the words they draw: next/og would otherwise fetch
  // fonts from the internet.
  const { words, fonts } = await shareImageDrawing({
    byline: t("byline", { organisation: organisation.name }),
    title,
    verdicts: shareImageVerdicts(version.snapshot.claims, locale),
  });
  return new ImageResponse(
    <ShareImage
      byline={words.byline}
      bylineDirection={textDirection(locale)}
      title={words.title}
      direction={version.snapshot.language ? textDirection(version.snapshot.language) : hasRightToLeft(title) ? "rtl" : "ltr"}
      verdicts={words.verdicts}
    />,
    { ...size, fonts },
  );
}
