import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, claims, passwordLinks, sessions, signInThrottles, users } from "@/db/schema";
import { loadSessionUser, verifyCredentials } from "@/lib/auth/credentials";
import { accountKey } from "@/lib/auth/signInThrottle";
import { FREE_FAILURES } from "@/lib/domain/signInDelays";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { inEnglish } from "@/lib/core/serviceWords";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { changePassword } from "@/lib/services/users/changePassword";
import { checkPasswordLink } from "@/lib/services/users/checkPasswordLink";
import { confirmIdentity } from "@/lib/services/users/confirmIdentity";
import { IdentityNotConfirmedError } from "@/lib/services/users/confirmedIdentity";
import { createUser } from "@/lib/services/users/createUser";
import { getAccount } from "@/lib/services/users/getAccount";
import { listOpenClaimsOf } from "@/lib/services/users/listOpenClaimsOf";
import { resetUserPassword } from "@/lib/services/users/resetUserPassword";
import { LINK_REFUSALS, setPasswordWithLink } from "@/lib/services/users/setPasswordWithLink";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { setUserRole } from "@/lib/services/users/setUserRole";
import { updateDisplayName } from "@/lib/services/users/updateDisplayName";
import { changeUserEmail } from "@/lib/services/users/changeUserEmail";
import { listUsers } from "@/lib/services/users/listUsers";
import { accountState } from "@/lib/domain/accountState";
import { anonymousCtx, makeArticle, makeUser, spanOf, systemCtx, TEST_PASSWORD, type ActorContext } from "./factories";

const CHOSEN = "a lantern above the river";

async function refusal(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(error, "was allowed").not.toBeNull();
  return error!;
}

async function invite(admin: ActorContext, name = "Invited") {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const { user, link } = await createUser(admin, { email, displayName: name, role: "reviewer" });
  return { user, token: link!.token };
}

async function signIn(email: string, password: string) {
  const result = await verifyCredentials({ email, password });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.user;
}

describe("set-password links", () => {
  test("an invitation sets no password; the link lets the person choose one, once, and ends their sessions", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin);
    expect((await verifyCredentials({ email: user.email, password: "" })).ok).toBe(false);
    expect(await checkPasswordLink(await anonymousCtx(), { token })).toMatchObject({ state: "valid", email: user.email, displayName: "Invited" });

    await setPasswordWithLink(await anonymousCtx(), { token, password: CHOSEN, confirm: CHOSEN });
    const session = await signIn(user.email, CHOSEN);
    expect(session.id).toBe(user.id);

    expect(await checkPasswordLink(await anonymousCtx(), { token })).toEqual({ state: "used" });
    const again = await refusal(setPasswordWithLink(await anonymousCtx(), { token, password: "another long passphrase", confirm: "another long passphrase" }));
    expect(again).toBeInstanceOf(ValidationError);
    expect(again.message).toBe(inEnglish(LINK_REFUSALS.used));
    await signIn(user.email, CHOSEN);

    // The audit entry names the person as the one who acted.
    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "user.set_password"), eq(auditLog.entityId, user.id)));
    expect(entry?.actorId).toBe(user.id);
  });

  test("only the token's SHA-256 hash is stored, and the token appears in no audit entry", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin);
    const db = await getDb();
    const rows = await db.select().from(passwordLinks).where(eq(passwordLinks.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  test("a newer link (a reset) ends the older one; the reset also ends the old password and sessions", async () => {
    const admin = await makeUser("admin");
    const { user, token: first } = await invite(admin);
    await setPasswordWithLink(await anonymousCtx(), { token: first, password: CHOSEN, confirm: CHOSEN });
    const session = await signIn(user.email, CHOSEN);

    const { link: second } = await resetUserPassword(admin, { userId: user.id });
    const { link: third } = await resetUserPassword(admin, { userId: user.id });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
    expect((await verifyCredentials({ email: user.email, password: CHOSEN })).ok).toBe(false);
    expect(await checkPasswordLink(await anonymousCtx(), { token: second.token })).toEqual({ state: "replaced" });
    const replaced = await refusal(setPasswordWithLink(await anonymousCtx(), { token: second.token, password: CHOSEN, confirm: CHOSEN }));
    expect(replaced.message).toBe(inEnglish(LINK_REFUSALS.replaced));

    await setPasswordWithLink(await anonymousCtx(), { token: third.token, password: "the newest of the passphrases", confirm: "the newest of the passphrases" });
    await signIn(user.email, "the newest of the passphrases");
  });

  test("setting a password through a link signs out the sessions the account had", async () => {
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email, TEST_PASSWORD);
    const { link } = await resetUserPassword(await systemCtx(), { userId: editor.actor.id });
    const fresh = await signIn(editor.actor.email, TEST_PASSWORD).catch(() => null);
    expect(fresh).toBeNull();
    await setPasswordWithLink(await anonymousCtx(), { token: link.token, password: CHOSEN, confirm: CHOSEN });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
    const [row] = await (await getDb()).select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, editor.actor.id));
    expect(row!.sessionVersion).toBe(session.sessionVersion + 2);
  });

  test("an expired link, an unknown one and a deactivated account's link are refused with a clear reason, also once it is back", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin);
    const db = await getDb();
    await db.update(passwordLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordLinks.userId, user.id));
    expect(await checkPasswordLink(await anonymousCtx(), { token })).toEqual({ state: "expired" });
    expect((await refusal(setPasswordWithLink(await anonymousCtx(), { token, password: CHOSEN, confirm: CHOSEN }))).message).toBe(inEnglish(LINK_REFUSALS.expired));

    const unknown = "A".repeat(43);
    expect(await checkPasswordLink(await anonymousCtx(), { token: unknown })).toEqual({ state: "unknown" });
    expect(await checkPasswordLink(await anonymousCtx(), { token: "not-a-token" })).toEqual({ state: "unknown" });
    expect((await refusal(setPasswordWithLink(await anonymousCtx(), { token: unknown, password: CHOSEN, confirm: CHOSEN }))).message).toBe(inEnglish(LINK_REFUSALS.unknown));

    const other = await invite(admin, "Leaver");
    await setUserActive(admin, { userId: other.user.id, active: false });
    expect(await checkPasswordLink(await anonymousCtx(), { token: other.token })).toEqual({ state: "unknown" });
    await refusal(setPasswordWithLink(await anonymousCtx(), { token: other.token, password: CHOSEN, confirm: CHOSEN }));
    // Reactivating the account does not bring its old link back: the admin sends a new one.
    await setUserActive(admin, { userId: other.user.id, active: true });
    expect(await checkPasswordLink(await anonymousCtx(), { token: other.token })).toEqual({ state: "replaced" });
    await refusal(setPasswordWithLink(await anonymousCtx(), { token: other.token, password: CHOSEN, confirm: CHOSEN }));
    expect((await verifyCredentials({ email: other.user.email, password: CHOSEN })).ok).toBe(false);
  });

  test("a weak, common or mistyped password is refused saying why, and the link stays usable", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin, "Marguerite");
    const ctx = await anonymousCtx();
    const cases: [string, string, RegExp, string][] = [
      ["too short", "too short", /at least 12 characters/, "password"],
      ["qwerty123456", "qwerty123456", /common passwords/, "password"],
      [`I am ${user.email.split("@")[0]} indeed`, `I am ${user.email.split("@")[0]} indeed`, /email name/, "password"],
      [CHOSEN, `${CHOSEN}!`, /not the same/, "confirm"],
    ];
    for (const [password, confirm, reason, field] of cases) {
      const error = (await refusal(setPasswordWithLink(ctx, { token, password, confirm }))) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message, password).toMatch(reason);
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
    }
    expect(await checkPasswordLink(ctx, { token })).toMatchObject({ state: "valid" });
  });

  test("admins cannot set a password for someone: people choose their own", async () => {
    const admin = await makeUser("admin");
    const error = await refusal(createUser(admin, { email: "chosen@example.test", displayName: "X", role: "editor", password: CHOSEN }));
    expect(error).toBeInstanceOf(ValidationError);
  });

  test("two uses of one link at the same moment: exactly one sets the password", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin);
    const results = await Promise.allSettled(
      ["first of the two passphrases", "second of the two passphrases"].map(async (password) =>
        setPasswordWithLink(await anonymousCtx(), { token, password, confirm: password }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(rejected.reason).toBeInstanceOf(ValidationError);
    const [row] = await (await getDb()).select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(row!.sessionVersion).toBe(2);
  });
});

describe("the admin's list of accounts", () => {
  test("an invited person shows as Invited until they choose a password; a reset one waits for a new password", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin);
    const stateOf = async () => accountState((await listUsers(admin)).find((u) => u.id === user.id)!);
    expect(await stateOf()).toBe("Invited");
    await setPasswordWithLink(await anonymousCtx(), { token, password: CHOSEN, confirm: CHOSEN });
    expect(await stateOf()).toBe("Active");
    await signIn(user.email, CHOSEN);
    await resetUserPassword(admin, { userId: user.id });
    expect(await stateOf()).toBe("Waiting for a new password");
    await setUserActive(admin, { userId: user.id, active: false });
    expect(await stateOf()).toBe("Deactivated");
  });
});

describe("an admin changes a person's e-mail", () => {
  test("they sign in with the new address, not the old one; their session goes on; it is audited", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email, TEST_PASSWORD);
    const moved = `Moved-${Math.random().toString(36).slice(2, 8)}@Example.test`;

    const changed = await changeUserEmail(admin, { userId: editor.actor.id, email: ` ${moved} ` });
    expect(changed.email).toBe(moved.toLowerCase());
    expect((await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).ok).toBe(false);
    expect((await signIn(moved, TEST_PASSWORD)).id).toBe(editor.actor.id);
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toMatchObject({ email: moved.toLowerCase() });

    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "user.change_email"), eq(auditLog.entityId, editor.actor.id)));
    expect(entry).toMatchObject({ actorId: admin.actor.id, before: { email: editor.actor.email }, after: { email: moved.toLowerCase() } });
  });

  test("a link sent to the old address stops working: an invitation mistyped to a stranger cannot take the account", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin, "Mistyped");
    const reset = await resetUserPassword(admin, { userId: (await makeUser("editor")).actor.id });
    const corrected = `corrected-${Math.random().toString(36).slice(2, 8)}@example.test`;

    await changeUserEmail(admin, { userId: user.id, email: corrected });
    expect(await checkPasswordLink(await anonymousCtx(), { token })).toEqual({ state: "replaced" });
    const refused = await refusal(setPasswordWithLink(await anonymousCtx(), { token, password: CHOSEN, confirm: CHOSEN }));
    expect(refused.message).toBe(inEnglish(LINK_REFUSALS.replaced));
    expect((await verifyCredentials({ email: corrected, password: CHOSEN })).ok).toBe(false);
    // Other people's links are untouched; a new link for the right address works.
    expect(await checkPasswordLink(await anonymousCtx(), { token: reset.link.token })).toMatchObject({ state: "valid" });
    const fresh = await resetUserPassword(admin, { userId: user.id });
    await setPasswordWithLink(await anonymousCtx(), { token: fresh.link.token, password: CHOSEN, confirm: CHOSEN });
    expect((await signIn(corrected, CHOSEN)).id).toBe(user.id);
  });

  test("the same address again (a change of case or spaces) leaves the person's link working", async () => {
    const admin = await makeUser("admin");
    const { user, token } = await invite(admin, "Same");
    await changeUserEmail(admin, { userId: user.id, email: ` ${user.email.toUpperCase()} ` });
    expect(await checkPasswordLink(await anonymousCtx(), { token })).toMatchObject({ state: "valid" });
  });

  test("an address another account uses is refused, whatever its case, saying whose it is; nothing changes", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const error = await refusal(changeUserEmail(admin, { userId: editor.actor.id, email: reviewer.actor.email.toUpperCase() }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(`reviewer user already signs in with ${reviewer.actor.email}. Each person needs an address of their own.`);
    const db = await getDb();
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, editor.actor.id));
    expect(row?.email).toBe(editor.actor.email);
    expect(await refusal(changeUserEmail(admin, { userId: editor.actor.id, email: "not an address" }))).toBeInstanceOf(ValidationError);
    expect(await refusal(changeUserEmail(editor, { userId: reviewer.actor.id, email: "x@example.test" }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("one's own account", () => {
  test("changing the password needs a session confirmed a few minutes ago; it keeps this session and ends the others", async () => {
    const editor = await makeUser("editor");
    const here = await signIn(editor.actor.email, TEST_PASSWORD);
    const elsewhere = await signIn(editor.actor.email, TEST_PASSWORD);
    const ctx = { ...editor, actor: { ...editor.actor, sessionId: here.sessionId } };
    // Signed in a moment ago, but not confirmed: a copied session cookie, however new, is not enough.
    await expect(changePassword(ctx, { newPassword: CHOSEN, confirm: CHOSEN })).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    const wrong = (await refusal(confirmIdentity(ctx, { password: "not my password" }))) as ValidationError;
    expect(wrong.fieldErrors).toEqual({ password: "That is not your password." });
    await expect(changePassword(ctx, { newPassword: CHOSEN, confirm: CHOSEN })).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await confirmIdentity(ctx, { password: TEST_PASSWORD });
    // Five minutes later it must be confirmed again.
    const db = await getDb();
    await db.update(sessions).set({ reauthenticatedAt: new Date(Date.now() - 6 * 60_000) }).where(eq(sessions.id, here.sessionId));
    await expect(changePassword(ctx, { newPassword: CHOSEN, confirm: CHOSEN })).rejects.toBeInstanceOf(IdentityNotConfirmedError);
    await confirmIdentity(ctx, { password: TEST_PASSWORD });

    const weak = (await refusal(changePassword(ctx, { newPassword: "password1234", confirm: "password1234" }))) as ValidationError;
    expect(Object.keys(weak.fieldErrors)).toEqual(["newPassword"]);
    expect(await loadSessionUser(elsewhere.id, elsewhere.sessionVersion, elsewhere.sessionId)).not.toBeNull();

    expect(await changePassword(ctx, { newPassword: CHOSEN, confirm: CHOSEN })).toEqual({ sessionsEnded: 1 });
    expect(await loadSessionUser(here.id, here.sessionVersion, here.sessionId)).not.toBeNull();
    expect(await loadSessionUser(elsewhere.id, elsewhere.sessionVersion, elsewhere.sessionId)).toBeNull();
    expect((await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).ok).toBe(false);
    await signIn(editor.actor.email, CHOSEN);
  });

  test("guessing the password behind a session is throttled like signing in, and every failure is audited", async () => {
    const editor = await makeUser("editor");
    const here = await signIn(editor.actor.email, TEST_PASSWORD);
    const ctx = { ...editor, actor: { ...editor.actor, sessionId: here.sessionId, address: "203.0.113.99" } };
    const guess = async (i: number) => ((await refusal(confirmIdentity(ctx, { password: `guess ${i}` }))) as Error).message;
    for (let i = 0; i <= FREE_FAILURES; i++) expect(await guess(i)).toBe("That is not your password.");
    // The next guess must wait (a second at first: stretched here, so a slow machine cannot outlast it).
    const db = await getDb();
    await db.update(signInThrottles).set({ blockedUntil: sql`now() + interval '10 minutes'` }).where(eq(signInThrottles.key, accountKey(editor.actor.email)));
    expect([await guess(10), await guess(11)]).toEqual(Array(2).fill("Too many attempts. Try again in 10 minutes."));
    // The right password waits too, and so does signing in to the account from anywhere: one budget for both.
    await expect(confirmIdentity(ctx, { password: TEST_PASSWORD })).rejects.toThrow(/Too many attempts/);
    expect(await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD }, { ipAddress: "198.51.100.3" })).toMatchObject({ reason: "rate_limited" });
    const failures = await db.select().from(auditLog).where(and(eq(auditLog.actorId, editor.actor.id), eq(auditLog.action, "auth.confirm_identity_failed")));
    expect(failures.map((f) => (f.after as { reason: string }).reason).sort()).toEqual([
      ...Array(FREE_FAILURES + 1).fill("wrong_password"),
      ...Array(3).fill("throttled"),
    ].sort());
  });

  test("the display name changes for the account only, and the account lists its recent sign-ins", async () => {
    const reviewer = await makeUser("reviewer");
    const other = await makeUser("reviewer", "other");
    const db = await getDb();
    await db.insert(sessions).values([
      { userId: reviewer.actor.id, expiresAt: new Date(Date.now() + 3_600_000), userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", ipAddress: "203.0.113.7" },
      { userId: other.actor.id, expiresAt: new Date(Date.now() + 3_600_000), userAgent: "someone else", ipAddress: "198.51.100.1" },
    ]);
    const here = await signIn(reviewer.actor.email, TEST_PASSWORD);
    const ctx = { ...reviewer, actor: { ...reviewer.actor, sessionId: here.sessionId } };

    expect((await refusal(updateDisplayName(ctx, { displayName: "   " }))).message).toBe("Enter your name.");
    await updateDisplayName(ctx, { displayName: "Rosa Reviewer" });
    const account = await getAccount(ctx);
    expect(account).toMatchObject({ id: reviewer.actor.id, displayName: "Rosa Reviewer", email: reviewer.actor.email, role: "reviewer" });
    expect(account!.signIns).toHaveLength(2);
    expect(account!.signIns.find((s) => s.current)?.id).toBe(here.sessionId);
    expect(account!.signIns.some((s) => s.ipAddress === "198.51.100.1")).toBe(false);
    expect(account!.signIns.find((s) => !s.current)).toMatchObject({ ipAddress: "203.0.113.7", ended: false });
    const [row] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, other.actor.id));
    expect(row!.displayName).toBe("other user");
  });

  test("nobody renames themselves after a colleague, however they type it; people who share a name keep it", async () => {
    const colleague = await makeUser("editor", "olena");
    await updateDisplayName(colleague, { displayName: "Олена Коваль" });
    const reviewer = await makeUser("reviewer", "rita");
    for (const displayName of ["Олена Коваль", "  олена   КОВАЛЬ ", "ОЛЕНА КОВАЛЬ"]) {
      const refused = await refusal(updateDisplayName(reviewer, { displayName }));
      expect(refused.message, displayName).toMatch(/Someone else on the desk is already called/);
    }
    await updateDisplayName(reviewer, { displayName: "Олена К. Коваль" });
    // Two people an admin gave one name (they share it) may each still save it, in another case.
    const namesake = await makeUser("reviewer", "namesake");
    await (await getDb()).update(users).set({ displayName: "Олена Коваль" }).where(eq(users.id, namesake.actor.id));
    await expect(updateDisplayName(namesake, { displayName: "олена коваль" })).resolves.toEqual({ displayName: "олена коваль" });
  });
});

describe("deactivation and the claims left behind", () => {
  test("the admin sees the open claims of a deactivated reviewer and hands them on in one step, each keeping its due date", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const leaver = await makeUser("reviewer", "leaver");
    const taker = await makeUser("reviewer", "taker");
    const session = await signIn(leaver.actor.email, TEST_PASSWORD);
    const { id: articleId } = await makeArticle(editor);
    const first = await createClaim(editor, { articleId, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    const second = await createClaim(editor, { articleId, ...spanOf("Critics say the figure leaves out part-time workers.") });
    await assignReviewer(editor, { claimId: first.id, version: first.version, reviewerId: leaver.actor.id, dueOn: "2099-03-01" });
    await assignReviewer(editor, { claimId: second.id, version: second.version, reviewerId: leaver.actor.id });

    await setUserActive(admin, { userId: leaver.actor.id, active: false });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();

    const open = await listOpenClaimsOf(admin, { userId: leaver.actor.id });
    expect(open.user).toMatchObject({ id: leaver.actor.id, active: false });
    expect(open.claims.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(open.reviewers.map((r) => r.id)).toContain(taker.actor.id);
    expect(open.reviewers.map((r) => r.id)).not.toContain(leaver.actor.id);
    await expect(listOpenClaimsOf(editor, { userId: leaver.actor.id })).rejects.toBeInstanceOf(ForbiddenError);

    const result = await assignClaims(admin, { claims: open.claims.map((c) => ({ claimId: c.id, version: c.version })), reviewerId: taker.actor.id, keepDueDates: true });
    expect(result.count).toBe(2);
    const db = await getDb();
    const rows = await db.select({ id: claims.id, reviewerId: claims.reviewerId, dueOn: claims.dueOn }).from(claims).where(inArray(claims.id, [first.id, second.id]));
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.reviewerId, r.dueOn]]))).toEqual({
      [first.id]: [taker.actor.id, "2099-03-01"],
      [second.id]: [taker.actor.id, null],
    });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "claim.assign"), eq(auditLog.actorId, admin.actor.id)));
    expect(entries.map((e) => e.entityId).sort()).toEqual([first.id, second.id].sort());
    expect((await listOpenClaimsOf(admin, { userId: leaver.actor.id })).claims).toEqual([]);
  });
});

describe("role changes", () => {
  test("a change to fewer rights ends the person's sessions; a promotion keeps them", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email, TEST_PASSWORD);
    await setUserRole(admin, { userId: editor.actor.id, role: "admin" });
    const promoted = await loadSessionUser(session.id, session.sessionVersion, session.sessionId);
    expect(promoted).toMatchObject({ role: "admin" });
    await setUserRole(admin, { userId: editor.actor.id, role: "reviewer" });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
  });
});

describe("the last admin", () => {
  /** Leaves exactly these accounts as the newsroom's active admins. */
  async function onlyAdmins(...ids: string[]) {
    const db = await getDb();
    await db.update(users).set({ role: "editor" }).where(eq(users.role, "admin"));
    await db.update(users).set({ role: "admin", active: true }).where(inArray(users.id, ids));
  }

  test("cannot be demoted or deactivated, by themselves or by the command line; another admin can be", async () => {
    const admin = await makeUser("admin");
    const other = await makeUser("admin", "other-admin");
    await onlyAdmins(admin.actor.id);
    expect(await refusal(setUserRole(admin, { userId: admin.actor.id, role: "editor" }))).toBeInstanceOf(ValidationError);
    expect(await refusal(setUserActive(admin, { userId: admin.actor.id, active: false }))).toBeInstanceOf(ValidationError);
    const cli = await refusal(setUserRole(await systemCtx(), { userId: admin.actor.id, role: "editor" }));
    expect(cli.message).toMatch(/at least one active admin/);
    expect(await refusal(setUserActive(await systemCtx(), { userId: admin.actor.id, active: false }))).toBeInstanceOf(ValidationError);

    await onlyAdmins(admin.actor.id, other.actor.id);
    await setUserRole(admin, { userId: other.actor.id, role: "editor" });
    await setUserRole(admin, { userId: other.actor.id, role: "admin" });
    await setUserActive(admin, { userId: other.actor.id, active: false });
    // The one active admin left cannot go either, even though an inactive admin remains.
    expect((await refusal(setUserRole(await systemCtx(), { userId: admin.actor.id, role: "reviewer" }))).message).toMatch(/at least one active admin/);
  });

  test("two admins demoting each other at the same moment: exactly one succeeds, one admin remains", async () => {
    const a = await makeUser("admin", "admin-a");
    const b = await makeUser("admin", "admin-b");
    const db = await getDb();
    for (let round = 0; round < 15; round += 1) {
      await onlyAdmins(a.actor.id, b.actor.id);
      const deactivating = round % 3 === 2;
      const results = await Promise.allSettled(
        deactivating
          ? [setUserActive(a, { userId: b.actor.id, active: false }), setUserActive(b, { userId: a.actor.id, active: false })]
          : [setUserRole(a, { userId: b.actor.id, role: "editor" }), setUserRole(b, { userId: a.actor.id, role: "reviewer" })],
      );
      expect(results.filter((r) => r.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      for (const r of results) {
        // A deactivated loser may be refused as no longer active, when the winner committed before its check.
        const refusals = deactivating ? [ForbiddenError, ValidationError, UnauthenticatedError] : [ForbiddenError, ValidationError];
        if (r.status === "rejected") expect(refusals.some((kind) => r.reason instanceof kind), String(r.reason)).toBe(true);
      }
      const admins = await db.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true)));
      expect(admins, `round ${round}`).toHaveLength(1);
    }
  });
});
