import { describe, expect, test } from "vitest";
import { loadSessionUser, verifyCredentials } from "@/lib/auth/credentials";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { createUser } from "@/lib/services/users/createUser";
import { endSession } from "@/lib/services/users/endSession";
import { listUsers } from "@/lib/services/users/listUsers";
import { resetUserPassword } from "@/lib/services/users/resetUserPassword";
import { setPasswordWithLink } from "@/lib/services/users/setPasswordWithLink";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { setUserRole } from "@/lib/services/users/setUserRole";
import { signOutEverywhere } from "@/lib/services/users/signOutEverywhere";
import { anonymousCtx, makeUser, systemCtx, TEST_PASSWORD } from "./factories";

async function signIn(email: string, password = TEST_PASSWORD) {
  const result = await verifyCredentials({ email, password });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.user;
}

describe("sign-in", () => {
  test("the right password signs in, case-insensitively on the email", async () => {
    const editor = await makeUser("editor");
    const user = await signIn(editor.actor.email.toUpperCase());
    expect(user).toMatchObject({ id: editor.actor.id, role: "editor" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  test("a wrong password and an unknown email get the same answer", async () => {
    const editor = await makeUser("editor");
    expect(await verifyCredentials({ email: editor.actor.email, password: "wrong password!" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@example.test", password: "wrong password!" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "", password: "" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(null)).toEqual({ ok: false, reason: "invalid" });
  });

  test("a deactivated account cannot sign in", async () => {
    const admin = await makeUser("admin");
    const reviewer = await makeUser("reviewer");
    await setUserActive(admin, { userId: reviewer.actor.id, active: false });
    expect(await verifyCredentials({ email: reviewer.actor.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("sessions end on the next request", () => {
  test("signing out everywhere invalidates earlier sessions", async () => {
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email);
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).not.toBeNull();
    await signOutEverywhere(editor);
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
    const fresh = await signIn(editor.actor.email);
    expect(await loadSessionUser(fresh.id, fresh.sessionVersion, fresh.sessionId)).not.toBeNull();
  });

  test("deactivation ends sessions; a role change shows on the next read", async () => {
    const admin = await makeUser("admin");
    const reviewer = await makeUser("reviewer");
    const session = await signIn(reviewer.actor.email);
    await setUserRole(admin, { userId: reviewer.actor.id, role: "editor" });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toMatchObject({ role: "editor" });
    await setUserActive(admin, { userId: reviewer.actor.id, active: false });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
  });

  test("a password reset ends sessions and the old password; the password chosen through the new link works", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email);
    const { link } = await resetUserPassword(admin, { userId: editor.actor.id });
    expect(await loadSessionUser(session.id, session.sessionVersion, session.sessionId)).toBeNull();
    expect((await verifyCredentials({ email: editor.actor.email, password: TEST_PASSWORD })).ok).toBe(false);
    const chosen = "a lantern above the river";
    await setPasswordWithLink(await anonymousCtx(), { token: link.token, password: chosen, confirm: chosen });
    await expect(signIn(editor.actor.email, chosen)).resolves.toMatchObject({ id: editor.actor.id });
  });

  test("signing out revokes that session: a copy of its token stops working, the other sessions go on", async () => {
    const editor = await makeUser("editor");
    const here = await signIn(editor.actor.email);
    const elsewhere = await signIn(editor.actor.email);
    await endSession({ ...editor, actor: { ...editor.actor, sessionId: here.sessionId } });
    expect(await loadSessionUser(here.id, here.sessionVersion, here.sessionId)).toBeNull();
    expect(await loadSessionUser(elsewhere.id, elsewhere.sessionVersion, elsewhere.sessionId)).not.toBeNull();
  });

  test("a forged session id is refused", async () => {
    const editor = await makeUser("editor");
    const session = await signIn(editor.actor.email);
    expect(await loadSessionUser("not-a-uuid", 1, session.sessionId)).toBeNull();
    expect(await loadSessionUser("00000000-0000-4000-8000-000000000000", 1, session.sessionId)).toBeNull();
    expect(await loadSessionUser(session.id, session.sessionVersion, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await loadSessionUser(session.id, session.sessionVersion, "not-a-uuid")).toBeNull();
  });
});

describe("user management is for admins only", () => {
  test("editors, reviewers and anonymous visitors are refused", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const input = { email: "new@example.test", displayName: "New", role: "admin" as const };
    await expect(createUser(editor, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createUser(reviewer, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createUser(await anonymousCtx(), input)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(setUserRole(editor, { userId: editor.actor.id, role: "admin" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(reviewer)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("duplicate emails, bad input and self-lockout get clear errors", async () => {
    const admin = await makeUser("admin");
    const created = await createUser(admin, { email: "Dup@Example.test", displayName: "Dup", role: "reviewer" });
    expect(created.link?.token).toMatch(/^[\w-]{43}$/);
    await expect(createUser(await systemCtx(), { email: "dup@example.test", displayName: "Dup 2", role: "reviewer" })).rejects.toBeInstanceOf(ConflictError);
    await expect(createUser(admin, { email: "not an email", displayName: "X", role: "reviewer" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createUser(admin, { email: "x@example.test", displayName: "X", role: "owner" as never })).rejects.toBeInstanceOf(ValidationError);
    await expect(setUserActive(admin, { userId: admin.actor.id, active: false })).rejects.toBeInstanceOf(ValidationError);
    await expect(setUserRole(admin, { userId: admin.actor.id, role: "reviewer" })).rejects.toBeInstanceOf(ValidationError);
  });
});
