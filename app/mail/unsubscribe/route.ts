import { getReaderContext } from "@/lib/core/database";
import { logFailure } from "@/lib/core/log";
import { ServiceError } from "@/lib/core/errors";
import { escapeXml } from "@/lib/domain/atomFeed";
import { DEFAULT_INTERFACE_LANGUAGE, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { textDirection } from "@/lib/domain/languages";
import { unsubscribeFromMail } from "@/lib/services/mail/unsubscribeFromMail";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { catalogTranslator } from "@/lib/core/translator";
import { inLanguage } from "@/lib/web/errorWording";

export const dynamic = "force-dynamic";

/** The kinds of mail, as "no more mail about …" names them (message keys). */
const KIND_WORDS = {
  assigned: "assigned",
  returned: "returned",
  signed_off: "signedOff",
  mentioned: "mentioned",
  due_soon: "dueSoon",
  digest: "digest",
} as const;

/** The page's language: the newsroom's, as on its other public pages (the link names no one until it is used). */
async function pageLanguage(): Promise<InterfaceLanguage> {
  return getReaderContext()
    .then((ctx) => getOrganisation(ctx))
    .then(
      (organisation) => organisation.interfaceLanguage,
      () => DEFAULT_INTERFACE_LANGUAGE,
    );
}

function page(language: InterfaceLanguage, status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeXml(title)}</title></head><body><main><h1>${escapeXml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

/**
 * A mail's unsubscribe link. GET asks first (link checkers and previews open links; they must not unsubscribe
 * anyone); POST unsubscribes: the form below, or a mail client's one-click (RFC 8058: List-Unsubscribe=One-Click).
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const language = await pageLanguage();
  const t = catalogTranslator(language, "reader.unsubscribe");
  return page(
    language,
    200,
    t("askTitle"),
    `<p>${escapeXml(t("ask"))}</p>` +
      `<form method="post" action="?token=${encodeURIComponent(token)}"><button type="submit">${escapeXml(t("button"))}</button></form>`,
  );
}

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const language = await pageLanguage();
  const t = catalogTranslator(language, "reader.unsubscribe");
  try {
    const { kind } = await unsubscribeFromMail(await getReaderContext(), { token });
    const words = kind in KIND_WORDS ? t(`kinds.${KIND_WORDS[kind as keyof typeof KIND_WORDS]}`) : kind;
    return page(language, 200, t("doneTitle"), `<p>${escapeXml(t("done", { kind: words }))}</p>`);
  } catch (error) {
    if (error instanceof ServiceError) return page(language, 400, t("brokenTitle"), `<p>${escapeXml(inLanguage(language, error.words, error.message))}</p>`);
    logFailure("unsubscribing failed", error);
    return page(language, 503, t("failedTitle"), `<p>${escapeXml(t("failed"))}</p>`);
  }
}
