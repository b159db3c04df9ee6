import { staffFromCookies } from "@/lib/auth/staffSession";
import { roleCan } from "@/lib/auth/permissions";
import { logFailure } from "@/lib/core/log";
import { liveFeed } from "@/lib/services/live/liveFeed";
import { classifyError } from "./errorTable";
import { eventFrame, OPEN_LIVE_STREAM_KEY, type OpenLiveStream } from "./eventStream";

// The app's half of the desk's live event streams: who may have one, and what it carries (the live feed, by the
// desk's own rules, lib/services/live/liveFeed.ts). The server writes the stream (server/liveEvents.ts).

/**
 * Signed-in staff who may read the desk get a stream; anyone else a bare 401 (no session) or 403 (no desk, or
 * two-factor sign-in still to set up), and 503 while the database is down (the browser tries again).
 */
export const openLiveStream: OpenLiveStream = async (cookieHeader, lastEventId, send, end) => {
  let staff;
  try {
    staff = await staffFromCookies(cookieHeader);
  } catch (thrown) {
    return classifyError(thrown).answer?.status ?? 500;
  }
  if (!staff) return 401;
  if (staff.mustEnrolTwoFactor || !roleCan(staff.role, "desk:read")) return 403;
  try {
    return await liveFeed().subscribe({ id: staff.id, role: staff.role }, lastEventId, (delivery) => send(eventFrame(delivery)), end);
  } catch (error) {
    // An open stream that ends at once: the browser reconnects after its retry interval, as after any lost stream.
    logFailure("live events: could not listen", error);
    end();
    return () => {};
  }
};

/** Hands the server the way to open streams (instrumentation.ts, when the app starts). */
export function registerLiveEvents(): void {
  (globalThis as Record<symbol, unknown>)[OPEN_LIVE_STREAM_KEY] = openLiveStream;
}
