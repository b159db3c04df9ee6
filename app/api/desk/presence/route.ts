import { getServiceContext } from "@/lib/auth";
import { logFailure } from "@/lib/core/log";
import { announcePresence } from "@/lib/services/live/announcePresence";
import { classifyError } from "@/lib/web/errorTable";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * POST `{ articleId, claimId?, editing?, leaving? }` as JSON: the workspace's heartbeat (and, sent as a beacon, its
 * goodbye); answers who else has the article open. JSON only, so another site's form cannot send it.
 */
export async function POST(request: Request) {
  if (!/^application\/json\b/.test(request.headers.get("content-type") ?? "")) return Response.json({ error: "Send JSON." }, { status: 415, headers: NO_STORE });
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return Response.json({ error: "Send JSON." }, { status: 400, headers: NO_STORE });
  }
  try {
    const others = await announcePresence(await getServiceContext(), input as Parameters<typeof announcePresence>[1]);
    return Response.json({ others }, { headers: NO_STORE });
  } catch (thrown) {
    const { error, answer } = classifyError(thrown);
    if (!answer || answer.status >= 500) logFailure("presence failed", error);
    return Response.json({ error: answer && answer.status < 500 ? error.message : "Presence is not available right now." }, { status: answer?.status ?? 500, headers: NO_STORE });
  }
}
