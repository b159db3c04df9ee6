import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { auditLog, sessions, signInThrottles } from "@/db/schema";
import { checkPassword, completeSignIn, loadSessionUser, verifyCredentials, type SignInClient } from "@/lib/auth/credentials";
import { accountKey, codeKey, reserveAttempt } from "@/lib/auth/signInThrottle";
import { totpCodeAt } from "@/lib/auth/twoFactor";
import { attemptsPerWindow, FAILURE_MEMORY_HOURS, FREE_CODE_FAILURES, FREE_FAILURES, FREE_FAILURES_PER_ADDRESS } from "@/lib/domain/signInDelays";
import { confirmTwoFactorEnrolment } from "@/lib/services/twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "@/lib/services/twoFactor/disableTwoFactor";
import { replaceRecoveryCodes } from "@/lib/services/twoFactor/replaceRecoveryCodes";
import { confirmIdentity } from "@/lib/services/users/confirmIdentity";
import { IdentityNotConfirmedError } from "@/lib/services/users/confirmedIdentity";
import { getTwoFactorStatus } from "@/lib/services/twoFactor/getTwoFactorStatus";
import { startTwoFactorEnrolment } from "@/lib/services/twoFactor/startTwoFactorEnrolment";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";
import { resetTwoFactor } from "@/lib/services/twoFactor/resetTwoFactor";
import { setTwoFactorRequirement } from "@/lib/services/twoFactor/setTwoFactorRequirement";
import { ForbiddenError } from "@/lib/core/errors";
import { changePassword } from "@/lib/services/users/changePassword";
import { resetUserPassword } from "@/lib/services/users/resetUserPassword";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { signOutEverywhere } from "@/lib/services/users/signOutEverywhere";
import { freshSession, makeUser, systemCtx, TEST_PASSWORD, type ActorContext } from "./factories";

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 6)}`;

async function auditSince(mark: number) {
  const db = await getDb();
  return db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(auditLog.id);
}

async function auditMark() {
  const db = await getDb();
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

/**
 * Expects the key to have been given a delay, and stretches it to ten minutes, so the next attempt surely comes
 * within it however slow the machine running the test is (the first delay is only a second).
 */
async function withinDelay(key: string) {
  const db = await getDb();
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key));
  expect(row, `no throttle on ${key}`).toBeDefined();
  expect(row!.blockedUntil.getTime(), `no delay on ${key}`).toBeGreaterThan(row!.updatedAt.getTime());
  await db.update(signInThrottles).set({ blockedUntil: sql`now() + interval '10 minutes'` }).where(eq(signInThrottles.key, key));
}

/** Lets the delays on these keys run out, as if the wait had passed. */
async function waitOut(...keys: string[]) {
  const db = await getDb();
  await db.update(signInThrottles).set({ blockedUntil: sql`now()` }).where(inArray(signInThrottles.key, keys));
}

async function enrol(user: ActorContext): Promise<{ secret: string; recoveryCodes: string[] }> {
  const here = await freshSession(user);
  const { secret } = await startTwoFactorEnrolment(here);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(here, { code: totpCodeAt(secret, Date.now()) });
  return { secret, recoveryCodes };
}

async function passwordStep(email: string, client: SignInClient = {}) {
  const step = await checkPassword({ email, password: TEST_PASSWORD }, client);
  if (!step.ok) throw new Error(`password step failed: ${step.reason}`);
  return step;
}

describe("two-factor sign-in", () => {
  test("enrolment: the secret is shown once, confirmed by a code, and gives ten recovery codes", async () => {
    const editor = await freshSession(await makeUser("editor"));
    const { secret, otpauthUri, qrCodeDataUrl } = await startTwoFactorEnrolment(editor);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    await expect(confirmTwoFactorEnrolment(editor, { code: "000000" })).rejects.toThrow(/does not match/);
    expect((await getTwoFactorStatus(editor)).enabled).toBe(false);
    const { recoveryCodes } = await confirmTwoFactorEnrolment(editor, { code: totpCodeAt(secret, Date.now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await getTwoFactorStatus(editor)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    await expect(startTwoFactorEnrolment(editor)).rejects.toThrow(/already on/);
    // Only hashes are kept.
    const db = await getDb();
    const stored = JSON.stringify(await db.execute(sql`SELECT * FROM two_factor_recovery_codes, user_two_factor`));
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    expect(stored).not.toContain(secret);
  });

  test("the password alone no longer signs in; a code from the right secret does, once; two steps old fails", async () => {
    const editor = await makeUser("editor");
    const { secret } = await enrol(editor);
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "code" });

    const first = await passwordStep(editor.actor.email);
    expect(first.needsCode).toBe(true);
    expect(await completeSignIn({ challenge: first.challenge })).toEqual({ ok: false, reason: "code" });
    expect(await completeSignIn({ challenge: first.challenge, code: totpCodeAt(secret, Date.now() - 60_000) })).toEqual({ ok: false, reason: "code" });
    // The enrolment used the current step's code; the next step's code is within the window.
    const next = totpCodeAt(secret, Date.now() + 30_000);
    const signedIn = await completeSignIn({ challenge: first.challenge, code: next });
    expect(signedIn).toMatchObject({ ok: true, user: { id: editor.actor.id } });
    // The challenge is spent, and the same code is refused on a new one (replay).
    expect(await completeSignIn({ challenge: first.challenge, code: next })).toEqual({ ok: false, reason: "expired" });
    const second = await passwordStep(editor.actor.email);
    expect(await completeSignIn({ challenge: second.challenge, code: next })).toEqual({ ok: false, reason: "code" });
  });

  test("a sign-in waiting for its code does not outlive a password reset, a new password, deactivation or signing out everywhere", async () => {
    const admin = await makeUser("admin");
    const ENDINGS: [string, (user: ActorContext) => Promise<unknown>][] = [
      ["reset", (user) => resetUserPassword(admin, { userId: user.actor.id })],
      ["new password", async (user) => {
        const here = await freshSession(user);
        await confirmIdentity(here, { password: TEST_PASSWORD, code: totpCodeAt((await secrets.get(user.actor.id))!, Date.now() + 30_000) });
        return changePassword(here, { newPassword: "a lantern above the river", confirm: "a lantern above the river" });
      }],
      ["deactivation", (user) => setUserActive(admin, { userId: user.actor.id, active: false }).then(() => setUserActive(admin, { userId: user.actor.id, active: true }))],
      ["signing out everywhere", async (user) => signOutEverywhere(await freshSession(user))],
    ];
    const secrets = new Map<string, string>();
    for (const [what, end] of ENDINGS) {
      const user = await makeUser("editor", what.replaceAll(" ", "-"));
      const { secret } = await enrol(user);
      secrets.set(user.actor.id, secret);
      // Someone with the password (and, later, a code) holds a challenge when the account's owner or an admin acts.
      const held = await passwordStep(user.actor.email);
      await end(user);
      const code = totpCodeAt(secret, Date.now() + 60_000);
      expect(await completeSignIn({ challenge: held.challenge, code }), what).toEqual({ ok: false, reason: "expired" });
    }
  });

  test("a recovery code works once", async () => {
    const reviewer = await makeUser("reviewer");
    const { recoveryCodes } = await enrol(reviewer);
    const code = recoveryCodes[3]!;
    const first = await passwordStep(reviewer.actor.email);
    expect(await completeSignIn({ challenge: first.challenge, code: code.toUpperCase() })).toMatchObject({ ok: true });
    const second = await passwordStep(reviewer.actor.email);
    expect(await completeSignIn({ challenge: second.challenge, code })).toEqual({ ok: false, reason: "code" });
    expect((await getTwoFactorStatus(reviewer)).recoveryCodesLeft).toBe(9);
  });

  test("a challenge takes five tries at a code, then the password must be entered again", async () => {
    const editor = await makeUser("editor");
    await enrol(editor);
    const step = await passwordStep(editor.actor.email);
    for (let i = 0; i < 4; i++) expect(await completeSignIn({ challenge: step.challenge, code: "000000" })).toEqual({ ok: false, reason: "code" });
    expect(await completeSignIn({ challenge: step.challenge, code: "000000" })).toEqual({ ok: false, reason: "expired" });
    expect(await completeSignIn({ challenge: step.challenge, code: "000000" })).toEqual({ ok: false, reason: "expired" });
  });

  test("turning it on or off, or new recovery codes, need a session confirmed with the password and a code a few minutes ago", async () => {
    const editor = await makeUser("editor");
    // Signed in, but not confirmed: a copied session cookie, however new, is not enough.
    const stale = await freshSession(editor);
    const db = await getDb();
    await db.update(sessions).set({ reauthenticatedAt: null }).where(eq(sessions.id, stale.actor.sessionId!));
    await expect(startTwoFactorEnrolment(stale)).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await confirmIdentity(stale, { password: TEST_PASSWORD });
    const { secret } = await startTwoFactorEnrolment(stale);
    await db.update(sessions).set({ reauthenticatedAt: new Date(Date.now() - 6 * 60_000) }).where(eq(sessions.id, stale.actor.sessionId!));
    await expect(confirmTwoFactorEnrolment(stale, { code: totpCodeAt(secret, Date.now()) })).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await confirmIdentity(stale, { password: TEST_PASSWORD });
    await confirmTwoFactorEnrolment(stale, { code: totpCodeAt(secret, Date.now()) });

    // Enrolled: the password alone no longer confirms it is them, nor does a used code.
    await db.update(sessions).set({ reauthenticatedAt: null }).where(eq(sessions.id, stale.actor.sessionId!));
    await expect(disableTwoFactor(stale)).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await expect(replaceRecoveryCodes(stale)).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await expect(confirmIdentity(stale, { password: TEST_PASSWORD })).rejects.toThrow(/code did not work/);
    await expect(confirmIdentity(stale, { password: TEST_PASSWORD, code: totpCodeAt(secret, Date.now()) })).rejects.toThrow(/code did not work/);
    await expect(confirmIdentity(stale, { password: "not my password", code: totpCodeAt(secret, Date.now() + 30_000) })).rejects.toThrow(/not your password/);
    await confirmIdentity(stale, { password: TEST_PASSWORD, code: totpCodeAt(secret, Date.now() + 30_000) });
    const { recoveryCodes } = await replaceRecoveryCodes(stale);
    expect(recoveryCodes).toHaveLength(10);
    await disableTwoFactor(stale);
    expect((await getTwoFactorStatus(editor)).enabled).toBe(false);
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  test(`second-factor codes are capped per account: after ${FREE_CODE_FAILURES} wrong ones, codes wait, on any challenge and from any address`, async () => {
    const editor = await makeUser("editor");
    const { secret } = await enrol(editor);
    for (let i = 0; i < FREE_CODE_FAILURES + 1; i++) {
      const step = await passwordStep(editor.actor.email, { ipAddress: address() });
      expect(await completeSignIn({ challenge: step.challenge, code: "000000" })).toEqual({ ok: false, reason: "code" });
      await waitOut(accountKey(editor.actor.email));
    }
    await withinDelay(codeKey(editor.actor.id));
    const step = await passwordStep(editor.actor.email, { ipAddress: address() });
    expect(await completeSignIn({ challenge: step.challenge, code: totpCodeAt(secret, Date.now() + 30_000) })).toMatchObject({ ok: false, reason: "rate_limited" });
    const here = await freshSession(editor);
    await expect(confirmIdentity(here, { password: TEST_PASSWORD, code: totpCodeAt(secret, Date.now() + 30_000) })).rejects.toThrow(/Too many attempts/);
    // In a day, at most this many codes (the figure docs/security.md gives).
    expect(attemptsPerWindow(codeKey(editor.actor.id))).toBeLessThanOrEqual(25);
  });
});

describe("the newsroom's rules", () => {
  test("when two-factor sign-in is required, staff without it may touch only their own account until they set it up", async () => {
    const editor = await makeUser("editor");
    await setTwoFactorRequirement(await systemCtx(), { required: true });
    try {
      const session = await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD });
      if (!session.ok) throw new Error("sign-in failed");
      expect(await loadSessionUser(session.user.id, session.user.sessionVersion, session.user.sessionId)).toMatchObject({ mustEnrolTwoFactor: true });
      const mark = await auditMark();
      await expect(listDeskArticles(editor, {})).rejects.toThrow(ForbiddenError);
      expect((await auditSince(mark)).map((e) => [e.action, e.actorId, e.entityId])).toEqual([["access.refused", editor.actor.id, "listDeskArticles"]]);
      expect(await getTwoFactorStatus(editor)).toMatchObject({ enabled: false, required: true });
      await enrol(editor);
      await expect(listDeskArticles(editor, {})).resolves.toBeDefined();
      expect(await loadSessionUser(session.user.id, session.user.sessionVersion, session.user.sessionId)).toMatchObject({ mustEnrolTwoFactor: false });
    } finally {
      await setTwoFactorRequirement(await systemCtx(), { required: false });
    }
  });

  test("an admin without two-factor sign-in cannot require it (they would be locked out); with it, they can", async () => {
    const admin = await makeUser("admin");
    await expect(setTwoFactorRequirement(admin, { required: true })).rejects.toThrow(/Set up two-factor sign-in for your own account first/);
    await enrol(admin);
    try {
      await expect(setTwoFactorRequirement(admin, { required: true })).resolves.toEqual({ required: true });
      await expect(setTwoFactorRequirement(admin, { required: false })).resolves.toEqual({ required: false });
    } finally {
      await setTwoFactorRequirement(await systemCtx(), { required: false });
    }
  });

  test("an admin's reset takes a member's second factor away", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    await enrol(editor);
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "code" });
    await resetTwoFactor(admin, { userId: editor.actor.id });
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect((await getTwoFactorStatus(editor)).enabled).toBe(false);
  });
});

describe("the audit log of signing in", () => {
  test("successes, failures and two-factor failures are recorded, never with the password or code", async () => {
    const editor = await makeUser("editor");
    const mark = await auditMark();
    const client = { ipAddress: address(), userAgent: "Test browser" };
    await checkPassword({ email: editor.actor.email, password: "a wrong password" }, client);
    await checkPassword({ email: `nobody-${randomUUID()}@example.test`, password: "a wrong password" }, client);
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, client)).toMatchObject({ ok: true });
    const { secret } = await enrol(editor);
    const step = await passwordStep(editor.actor.email, client);
    await completeSignIn({ challenge: step.challenge, code: "999999" }, client);
    await completeSignIn({ challenge: step.challenge, code: totpCodeAt(secret, Date.now() + 30_000) }, client);

    const entries = (await auditSince(mark)).filter((e) => e.action.startsWith("auth."));
    expect(entries.map((e) => [e.action, e.actorId, (e.after as { reason?: string }).reason ?? (e.after as { method: string }).method])).toEqual([
      ["auth.sign_in_failed", editor.actor.id, "wrong_password"],
      ["auth.sign_in_failed", null, "unknown_account"],
      ["auth.sign_in", editor.actor.id, "password"],
      ["auth.two_factor_failed", editor.actor.id, "wrong_code"],
      ["auth.sign_in", editor.actor.id, "totp"],
    ]);
    expect(entries[0]!.after).toMatchObject({ address: client.ipAddress, userAgent: "Test browser" });
    const text = JSON.stringify(entries);
    expect(text).not.toContain("a wrong password");
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain("999999");
  });
});

describe("throttling", () => {
  test("repeated failures slow down an address, whichever accounts it tries", async () => {
    const from = { ipAddress: address() };
    for (let i = 0; i <= FREE_FAILURES_PER_ADDRESS; i++) {
      expect(await checkPassword({ email: `guess-${randomUUID()}@example.test`, password: "guess" }, from)).toEqual({ ok: false, reason: "invalid" });
    }
    await withinDelay(`address:${from.ipAddress}`);
    const editor = await makeUser("editor");
    const refused = await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, from);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    // Another address is not affected.
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, { ipAddress: address() })).toMatchObject({ ok: true });
  });

  test("an IPv6 client is counted as its /64, whichever of its addresses it sends from", async () => {
    const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
    const network = `2001:db8:${hex()}:${hex()}`;
    // A client handed a /64 sends each guess from another of its addresses.
    const inNetwork = (i: number) => ({ ipAddress: `${network}:${hex()}:${hex()}:${hex()}:${(i + 1).toString(16)}` });
    for (let i = 0; i <= FREE_FAILURES_PER_ADDRESS; i++) {
      expect(await checkPassword({ email: `guess-${randomUUID()}@example.test`, password: "guess" }, inNetwork(i))).toEqual({ ok: false, reason: "invalid" });
    }
    await withinDelay(`address:${network}::/64`);
    const editor = await makeUser("editor");
    expect(await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, inNetwork(1000))).toMatchObject({ ok: false, reason: "rate_limited" });
    // The next /64 is another client.
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, { ipAddress: `2001:db8:${hex()}:${hex()}::1` })).toMatchObject({ ok: true });
  });

  test("a newsroom behind one address: colleagues' typos and sign-ins at the same moment make nobody wait", async () => {
    const office = { ipAddress: address() };
    const colleagues = await Promise.all(Array.from({ length: 8 }, () => makeUser("reviewer")));
    // A morning's typos, each by a different colleague (no account of theirs comes near its own limit).
    for (const person of colleagues) {
      expect(await checkPassword({ email: person.actor.email, password: "a typo" }, office)).toEqual({ ok: false, reason: "invalid" });
    }
    // Then everyone signs in at once: each sign-in counts against the address until it succeeds.
    const results = await Promise.all(colleagues.map((person) => verifyCredentials({ email: person.actor.email, password: TEST_PASSWORD }, office)));
    expect(results.map((r) => r.ok)).toEqual(colleagues.map(() => true));
  });

  // Only a server runs statements side by side; the embedded database runs one at a time, so the race cannot happen there.
  test.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "an attempt that queued behind another on the same key is not refused by that one's 'no wait'",
    async () => {
      const key = `address:${address()}`;
      const db = await getDb();
      await db.insert(signInThrottles).values({ key, failures: 0, blockedUntil: new Date(Date.now() - 1000) });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // The first attempt holds the row and, when done, leaves "no wait" at its own (later) moment.
      const first = db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1 FROM ${signInThrottles} WHERE ${signInThrottles.key} = ${key} FOR UPDATE`);
        locked();
        // Keep the row until the second attempt's statement is waiting for its lock: it began before this update.
        await vi.waitFor(
          async () => {
            const [queued] = rowsOf<{ waiting: number }>(
              await db.execute(sql`SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%sign_in_throttles%'`),
            );
            expect(queued!.waiting).toBeGreaterThan(0);
          },
          { timeout: 10_000, interval: 20 },
        );
        await tx.update(signInThrottles).set({ failures: 1, blockedUntil: sql`clock_timestamp()` }).where(eq(signInThrottles.key, key));
      });
      await isLocked;
      // The second began before that moment and waits for the row.
      const second = reserveAttempt(db, [key]);
      await first;
      expect(await second).toEqual({ ok: true });
    },
  );

  test("a key's count starts again a day after its first failure, however busy it has been since", async () => {
    const from = { ipAddress: address() };
    const db = await getDb();
    // Failures gathered over more than a day of steady use: never idle, but the count began long ago.
    await db.insert(signInThrottles).values({
      key: `address:${from.ipAddress}`,
      failures: FREE_FAILURES_PER_ADDRESS + 10,
      countingSince: sql`now() - make_interval(hours => ${FAILURE_MEMORY_HOURS + 1})`,
      blockedUntil: new Date(Date.now() - 1000),
    });
    expect(await checkPassword({ email: `guess-${randomUUID()}@example.test`, password: "guess" }, from)).toEqual({ ok: false, reason: "invalid" });
    const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, `address:${from.ipAddress}`));
    expect(row).toMatchObject({ failures: 1 });
    expect(row!.blockedUntil.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Within the day, the count goes on.
    expect(await checkPassword({ email: `guess-${randomUUID()}@example.test`, password: "guess" }, from)).toEqual({ ok: false, reason: "invalid" });
    const [after] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, `address:${from.ipAddress}`));
    expect(after).toMatchObject({ failures: 2 });
  });

  test("repeated failures slow down an account from any address; the right password passes after the delay", async () => {
    const editor = await makeUser("editor");
    for (let i = 0; i <= FREE_FAILURES; i++) {
      expect(await checkPassword({ email: editor.actor.email, password: `guess ${i}` }, { ipAddress: address() })).toEqual({ ok: false, reason: "invalid" });
    }
    await withinDelay(accountKey(editor.actor.email));
    const refused = await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, { ipAddress: address() });
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((refused as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    await waitOut(accountKey(editor.actor.email));
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, { ipAddress: address() })).toMatchObject({ ok: true });
    // A success forgets the account's failures: the next wrong password costs no wait.
    expect(await checkPassword({ email: editor.actor.email, password: "one slip" }, { ipAddress: address() })).toEqual({ ok: false, reason: "invalid" });
  });

  test("an attacker's failures do not lock the real user out of a device they signed in on before", async () => {
    const editor = await makeUser("editor");
    const home = { ipAddress: address() };
    const before = await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, home);
    if (!before.ok) throw new Error("first sign-in failed");
    const attacker = { ipAddress: address() };
    for (let i = 0; i <= FREE_FAILURES; i++) await checkPassword({ email: editor.actor.email, password: `guess ${i}` }, attacker);
    await withinDelay(accountKey(editor.actor.email));
    expect(await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, attacker)).toMatchObject({ reason: "rate_limited" });
    // Another account's device cookie is no key to this one.
    const other = await makeUser("editor");
    const theirs = await verifyCredentials({ email: other.actor.email, password: TEST_PASSWORD });
    if (!theirs.ok) throw new Error("other sign-in failed");
    expect(await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, { ...home, deviceCookie: theirs.deviceCookie })).toMatchObject({
      reason: "rate_limited",
    });
    // Without the device cookie the account's delay applies; with it the right password gets through.
    expect(await checkPassword({ email: editor.actor.email, password: TEST_PASSWORD }, home)).toMatchObject({ reason: "rate_limited" });
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, { ...home, deviceCookie: before.deviceCookie })).toMatchObject({ ok: true });
  });

  test("30 parallel wrong passwords for one account: no more get checked than the delays allow", async () => {
    const editor = await makeUser("editor");
    const mark = await auditMark();
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => checkPassword({ email: editor.actor.email, password: `parallel ${i}` }, { ipAddress: address() })),
    );
    // Five are free; after that each wait doubles from a second, so a slow run may let a few more through in time.
    const elapsedSeconds = (Date.now() - started) / 1000;
    const allowed = FREE_FAILURES + 1 + Math.ceil(Math.log2(1 + elapsedSeconds));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThanOrEqual(FREE_FAILURES + 1);
    expect(checked).toBeLessThanOrEqual(allowed);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBe(30 - checked);
    const db = await getDb();
    const wrong = await db
      .select()
      .from(auditLog)
      .where(and(gt(auditLog.id, mark), eq(auditLog.action, "auth.sign_in_failed"), sql`${auditLog.after} ->> 'reason' = 'wrong_password'`));
    expect(wrong).toHaveLength(checked);
  });

  test("30 parallel wrong passwords for an account already waiting long between tries: exactly one is checked", async () => {
    const editor = await makeUser("editor");
    const db = await getDb();
    // Ten failures so far and the wait just over: the next failure makes the one after wait 64 seconds.
    await db.insert(signInThrottles).values({ key: accountKey(editor.actor.email), failures: 10, blockedUntil: new Date(Date.now() - 1000) });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => checkPassword({ email: editor.actor.email, password: `parallel ${i}` }, { ipAddress: address() })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(29);
  });
});
