import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, signInThrottles } from "@/db/schema";
import { accountKey, addressKey, reserveAttempt } from "@/lib/auth/signInThrottle";
import { ForbiddenError, NotFoundError } from "@/lib/core/errors";
import { liftSignInThrottle } from "@/lib/services/security/liftSignInThrottle";
import { listSignInThrottles } from "@/lib/services/security/listSignInThrottles";
import { makeUser } from "./factories";

// An admin sees who is held back at sign-in (an account after its free failures, an address) and lets them through.

async function fail(key: string, times: number) {
  const db = await getDb();
  for (let i = 0; i < times; i++) {
    // Each reservation counts one failure; a wait in between is skipped by moving the wait into the past.
    await reserveAttempt(db, [key]);
    await db.update(signInThrottles).set({ blockedUntil: new Date(0) }).where(eq(signInThrottles.key, key));
  }
  await reserveAttempt(db, [key]);
}

describe("held-back sign-ins", () => {
  test("are listed with the person an account key names, and lifted with an audit entry", async () => {
    const admin = await makeUser("admin");
    const person = await makeUser("reviewer", `held-${randomUUID().slice(0, 6)}`);
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    await fail(accountKey(person.actor.email), 6);
    await fail(addressKey(address), 2);

    const listed = await listSignInThrottles(admin);
    const account = listed.find((t) => t.key === accountKey(person.actor.email));
    expect(account).toMatchObject({ kind: "account", subject: person.actor.email.toLowerCase(), personName: person.actor.displayName, failures: 7 });
    expect(account!.heldUntil).not.toBeNull();
    // Two failures of an address are within its free ones: nobody is held back there.
    expect(listed.some((t) => t.key === addressKey(address))).toBe(false);

    await liftSignInThrottle(admin, { key: account!.key });
    expect((await listSignInThrottles(admin)).some((t) => t.key === account!.key)).toBe(false);
    await expect(liftSignInThrottle(admin, { key: account!.key })).rejects.toBeInstanceOf(NotFoundError);
    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, account!.key));
    expect(entry).toMatchObject({ action: "security.lift_throttle", entityType: "sign_in_throttle", actorId: admin.actor.id });
    // The person may try again at once.
    expect(await reserveAttempt(db, [accountKey(person.actor.email)])).toEqual({ ok: true });
  });

  test("are an admin's to see and lift, nobody else's", async () => {
    const editor = await makeUser("editor");
    await expect(listSignInThrottles(editor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(liftSignInThrottle(editor, { key: addressKey("192.0.2.1") })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
