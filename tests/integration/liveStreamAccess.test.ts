import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { securitySettings, sessions } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { checkOpenStreams, openLiveStream } from "@/lib/web/liveEvents";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { setUserRole } from "@/lib/services/users/setUserRole";
import { freshSession, makeUser, type ActorContext } from "./factories";

// Who gets a live event stream (lib/web/liveEvents.ts, served by server/liveEvents.ts outside Next.js's request
// scope): the holder of a live staff session, read from the cookie and checked against the database as pages do.

const COOKIE = "authjs.session-token"; // tests run outside production: the cookie without the __Secure- prefix

/** The session cookie Auth.js gives `user` on signing in (lib/auth/index.ts's jwt callback: uid, sv, sid). */
async function cookieOf(user: ActorContext): Promise<string> {
  const token = await encode({ token: { uid: user.actor.id, sv: 1, sid: user.actor.sessionId }, secret: getAuthSecret(), salt: COOKIE });
  return `${COOKIE}=${token}`;
}

const ignore = () => {};

describe("a live event stream", () => {
  test("is opened for a signed-in staff member's session, and refused without one (401)", async () => {
    const editor = await freshSession(await makeUser("editor", "eddie"));
    const opened = await openLiveStream(await cookieOf(editor), null, ignore, ignore);
    expect(typeof opened).toBe("function");
    (opened as () => void)();
    expect(await openLiveStream(undefined, null, ignore, ignore)).toBe(401);
    expect(await openLiveStream(`${COOKIE}=not-a-token`, null, ignore, ignore)).toBe(401);
  });

  test("is refused once the session is signed out (401), and while two-factor sign-in is still to set up (403)", async () => {
    const reviewer = await freshSession(await makeUser("reviewer", "rita"));
    const cookie = await cookieOf(reviewer);
    const db = await getDb();
    await db.insert(securitySettings).values({ id: 1, requireTwoFactor: true }).onConflictDoUpdate({ target: securitySettings.id, set: { requireTwoFactor: true } });
    try {
      expect(await openLiveStream(cookie, null, ignore, ignore)).toBe(403);
    } finally {
      await db.update(securitySettings).set({ requireTwoFactor: false }).where(eq(securitySettings.id, 1));
    }
    await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, reviewer.actor.sessionId!));
    expect(await openLiveStream(cookie, null, ignore, ignore)).toBe(401);
  });

  test("ends, once checked again, when its session is signed out, its account switched off or its role changed; others go on", async () => {
    const admin = await makeUser("admin");
    const kept = await freshSession(await makeUser("editor", "kept"));
    const signedOut = await freshSession(await makeUser("editor", "signedout"));
    const switchedOff = await freshSession(await makeUser("reviewer", "switchedoff"));
    const demoted = await freshSession(await makeUser("editor", "demoted"));
    const ended = new Set<string>();
    const stops = await Promise.all(
      [kept, signedOut, switchedOff, demoted].map(async (staff) => openLiveStream(await cookieOf(staff), null, ignore, () => ended.add(staff.actor.id))),
    );
    try {
      await checkOpenStreams();
      expect(ended.size).toBe(0);
      const db = await getDb();
      await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, signedOut.actor.sessionId!));
      await setUserActive(admin, { userId: switchedOff.actor.id, active: false });
      await setUserRole(admin, { userId: demoted.actor.id, role: "reviewer" });
      await checkOpenStreams();
      expect([...ended].sort()).toEqual([signedOut, switchedOff, demoted].map((staff) => staff.actor.id).sort());
    } finally {
      for (const stop of stops) if (typeof stop === "function") stop();
    }
  });

  test("ends when the role it was opened with changed, even without its session ending (a promotion)", async () => {
    const admin = await makeUser("admin");
    const reviewer = await freshSession(await makeUser("reviewer", "promoted"));
    let ended = false;
    const stop = await openLiveStream(await cookieOf(reviewer), null, ignore, () => (ended = true));
    try {
      await setUserRole(admin, { userId: reviewer.actor.id, role: "editor" });
      await checkOpenStreams();
      expect(ended).toBe(true);
    } finally {
      if (typeof stop === "function") stop();
    }
  });
});
