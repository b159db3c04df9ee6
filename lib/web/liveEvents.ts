import type { Role } from "@/db/schema";
import { loadSessionUsers, type SessionRef } from "@/lib/auth/credentials";
import { staffFromCookies } from "@/lib/auth/staffSession";
import { roleCan } from "@/lib/auth/permissions";
import { logFailure } from "@/lib/core/log";
import { LIVE_SESSION_CHECK_MS } from "@/lib/domain/limits";
import { liveFeed } from "@/lib/services/live/liveFeed";
import { classifyError } from "./errorTable";
import { eventFrame, OPEN_LIVE_STREAM_KEY, type OpenLiveStream } from "./eventStream";

// The app's half of the desk's live event streams: who may have one, and what it carries (the live feed, by the
// desk's own rules, lib/services/live/liveFeed.ts). The server writes the stream (server/liveEvents.ts).
//
// A stream is checked when it opens and then every LIVE_SESSION_CHECK_MS while open, all of this process's streams in
// one query: what it carries is chosen by the role it opened with, so a session ended or a role changed meanwhile
// ends it (the browser reconnects, and is checked as any new stream).

/** An open stream: the session it was opened with, and the role its events are chosen by. */
type OpenStream = { session: SessionRef; role: Role; end: () => void };

const openStreams = new Set<OpenStream>();
let checking: ReturnType<typeof setInterval> | undefined;

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
    const unsubscribe = await liveFeed().subscribe({ id: staff.id, role: staff.role }, lastEventId, (delivery) => send(eventFrame(delivery)), end);
    const stream: OpenStream = { session: staff.session, role: staff.role, end };
    openStreams.add(stream);
    checking ??= setInterval(() => void checkOpenStreams(), LIVE_SESSION_CHECK_MS).unref();
    return () => {
      openStreams.delete(stream);
      unsubscribe();
    };
  } catch (error) {
    // An open stream that ends at once: the browser reconnects after its retry interval, as after any lost stream.
    logFailure("live events: could not listen", error);
    end();
    return () => {};
  }
};

/**
 * Ends the open streams whose session no longer holds, or whose user's role changed or may no longer read the desk
 * (two-factor sign-in newly required included). While the database is down, streams stay open as they are.
 */
export async function checkOpenStreams(): Promise<void> {
  const streams = [...openStreams];
  if (!streams.length) {
    clearInterval(checking);
    checking = undefined;
    return;
  }
  let held;
  try {
    held = await loadSessionUsers(streams.map((stream) => stream.session));
  } catch (error) {
    logFailure("live events: could not check the open streams' sessions", error);
    return;
  }
  for (const stream of streams) {
    const user = held.get(stream.session.sessionId);
    if (user && user.role === stream.role && !user.mustEnrolTwoFactor && roleCan(user.role, "desk:read")) continue;
    openStreams.delete(stream);
    stream.end();
  }
}

/** Hands the server the way to open streams (instrumentation.ts, when the app starts). */
export function registerLiveEvents(): void {
  (globalThis as Record<symbol, unknown>)[OPEN_LIVE_STREAM_KEY] = openLiveStream;
}
