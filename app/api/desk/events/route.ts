import { getActor, mustEnrolTwoFactor } from "@/lib/auth";
import { roleCan } from "@/lib/auth/permissions";
import { logFailure } from "@/lib/core/log";
import { liveFeed } from "@/lib/services/live/liveFeed";
import { classifyError } from "@/lib/web/errorTable";
import { EVENT_STREAM_HEADERS, eventStream } from "@/lib/web/eventStream";

// Never prerendered, never kept (the readers' cache keeps only answers that opt in, docs/caching.md).
export const dynamic = "force-dynamic";

/**
 * GET: the desk's live events for the signed-in staff member, as Server-Sent Events (lib/services/live/liveFeed.ts
 * says which events each person gets). `Last-Event-ID` resumes after a reconnect. Anyone else gets a bare 401/403.
 */
export async function GET(request: Request) {
  let actor;
  try {
    actor = await getActor();
    if (actor && (await mustEnrolTwoFactor())) return refusal(403);
  } catch (thrown) {
    const { answer } = classifyError(thrown);
    return refusal(answer?.status ?? 500);
  }
  if (!actor) return refusal(401);
  if (!roleCan(actor.role, "desk:read")) return refusal(403);
  const viewer = { id: actor.id, role: actor.role };
  const lastEventId = request.headers.get("last-event-id");
  const stream = eventStream(async (send, end) => {
    request.signal.addEventListener("abort", end, { once: true });
    try {
      return await liveFeed().subscribe(viewer, lastEventId, send, end);
    } catch (error) {
      logFailure("live events: could not listen", error);
      end();
      return () => {};
    }
  });
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
}
