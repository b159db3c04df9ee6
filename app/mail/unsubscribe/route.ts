import { getReaderContext } from "@/lib/core/database";
import { logFailure } from "@/lib/core/log";
import { ServiceError } from "@/lib/core/errors";
import { escapeXml } from "@/lib/domain/atomFeed";
import { unsubscribeFromMail } from "@/lib/services/mail/unsubscribeFromMail";

export const dynamic = "force-dynamic";

const KIND_WORDS: Record<string, string> = {
  assigned: "assignments",
  returned: "returned verdicts",
  signed_off: "sign-offs",
  mentioned: "mentions",
  due_soon: "due dates",
  digest: "your daily digest",
};

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeXml(title)}</title></head><body><main><h1>${escapeXml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

/**
 * A mail's unsubscribe link. GET asks first (link checkers and previews open links; they must not unsubscribe
 * anyone); POST unsubscribes: the form below, or a mail client's one-click (RFC 8058: List-Unsubscribe=One-Click).
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return page(
    200,
    "Unsubscribe from desk mail",
    `<p>Stop this kind of mail from the fact-checking desk? You keep seeing it in the desk's notifications.</p>` +
      `<form method="post" action="?token=${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`,
  );
}

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    const { kind } = await unsubscribeFromMail(await getReaderContext(), { token });
    return page(200, "Unsubscribed", `<p>You will get no more mail about ${escapeXml(KIND_WORDS[kind] ?? kind)}. The desk's notifications still show them.</p>`);
  } catch (error) {
    if (error instanceof ServiceError) return page(400, "This link does not work", `<p>${escapeXml(error.message)}</p>`);
    logFailure("unsubscribing failed", error);
    return page(503, "Please try again", "<p>Something went wrong on our side. Please try again in a minute.</p>");
  }
}
