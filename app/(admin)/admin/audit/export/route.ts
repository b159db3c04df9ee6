import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getServiceContext } from "@/lib/auth";
import { exportAuditLog } from "@/lib/services/audit/exportAuditLog";
import { classifyError } from "@/lib/web/errorTable";
import { streamOfChunks } from "@/lib/web/textStream";
import { errorLanguage } from "@/lib/web/errorLanguage";
import { wordedError } from "@/lib/web/errorWording";

export const dynamic = "force-dynamic";

const FILTERS = ["action", "entityType", "actor", "from", "to"] as const;

/** GET /admin/audit/export?<the log's filters>: the matching entries as CSV, streamed page by page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  let exported;
  try {
    exported = await exportAuditLog(await getServiceContext(), query);
  } catch (thrown) {
    const { error, answer } = classifyError(thrown);
    if (answer?.page === "signIn") redirect(`/login?next=${encodeURIComponent("/admin/audit")}`);
    const t = await getTranslations("admin.audit");
    if (answer?.page === "forbidden") return plain(answer.status, t("exportRefused"));
    if (answer?.filters) return plain(answer.status, t("refused", { error: wordedError(error, await errorLanguage()).error }));
    throw error;
  }
  return new Response(streamOfChunks(exported.chunks()), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exported.filename}"`,
      "cache-control": "no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
