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
import { forPage } from "@/lib/web/pageAccess";
import { shareImageDrawing } from "@/lib/web/shareImageFonts";

// Rendered per request, never at build time: the build must not open the database.
export const dynamic = "force-dynamic";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * The image's description (og:image:alt, twitter:image:alt) in the page's language, which an `alt` export, one fixed
 * text, cannot be. One image, so one id: its address is `opengraph-image-<hash>/card`, and the version pages below
 * this segment carry it too.
 */
export async function generateImageMetadata({ params }: { params?: { slug?: string } }) {
  // Next.js also asks for the ids at build time (the image route's generateStaticParams), with no article and no
  // request to take the page's language from: the id is all it needs then.
  if (!params?.slug) return [{ id: "card" }];
  const t = await getTranslations("reader.shareImage");
  return [{ id: "card", alt: t("alt"), size, contentType }];
}

/** The image social networks show when the fact-check is shared; 404 for an unknown or retracted article. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [[version, organisation], t, locale] = await Promise.all([
    forPage(getReaderContext().then((ctx) => Promise.all([getPublishedVersion(ctx, { slug }), getOrganisation(ctx)]))),
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
