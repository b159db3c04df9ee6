import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, sessions } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/credentials";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { getAccount } from "@/lib/services/users/getAccount";
import { setInterfaceLanguage } from "@/lib/services/users/setInterfaceLanguage";
import { anonymousCtx, makeUser, systemCtx } from "./factories";

describe("the interface language", () => {
  test("each person picks theirs: kept on the account, read with the session, audited; empty gives it back to the browser", async () => {
    const reviewer = await makeUser("reviewer");
    const db = await getDb();
    const [session] = await db.insert(sessions).values({ userId: reviewer.actor.id, expiresAt: new Date(Date.now() + 3_600_000) }).returning();
    expect((await getAccount(reviewer))!.interfaceLanguage).toBeNull();

    await setInterfaceLanguage(reviewer, { interfaceLanguage: "ar" });
    expect((await getAccount(reviewer))!.interfaceLanguage).toBe("ar");
    expect((await loadSessionUser(reviewer.actor.id, 1, session!.id))!.interfaceLanguage).toBe("ar");
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "user.interface_language"));
    expect(entry).toMatchObject({ entityId: reviewer.actor.id, before: { interfaceLanguage: null }, after: { interfaceLanguage: "ar" } });

    await setInterfaceLanguage(reviewer, { interfaceLanguage: "" });
    expect((await getAccount(reviewer))!.interfaceLanguage).toBeNull();
  });

  test("a language the interface has no catalog for is refused, saying so, and nothing changes", async () => {
    const editor = await makeUser("editor");
    await setInterfaceLanguage(editor, { interfaceLanguage: "uk" });
    for (const code of ["fr", "EN", "ar-EG", " "]) {
      const error = await setInterfaceLanguage(editor, { interfaceLanguage: code as "uk" }).catch((e: unknown) => e);
      expect(error, code).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ interfaceLanguage: "Choose one of the interface's languages." });
    }
    expect((await getAccount(editor))!.interfaceLanguage).toBe("uk");
    await expect(setInterfaceLanguage(await anonymousCtx(), { interfaceLanguage: "es" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  test("the newsroom's default: English until an admin picks another, kept when a form leaves it out", async () => {
    const admin = await makeUser("admin");
    await updateOrganisation(await systemCtx(), { name: "Newsroom" });
    expect((await getOrganisation(await anonymousCtx())).interfaceLanguage).toBe("en");
    expect(await updateOrganisation(admin, { name: "Newsroom", interfaceLanguage: "es" })).toMatchObject({ interfaceLanguage: "es" });
    expect(await updateOrganisation(admin, { name: "Renamed" })).toMatchObject({ name: "Renamed", interfaceLanguage: "es" });
    expect((await getOrganisation(await anonymousCtx())).interfaceLanguage).toBe("es");
    await expect(updateOrganisation(admin, { name: "Renamed", interfaceLanguage: "fr" as "es" })).rejects.toBeInstanceOf(ValidationError);
    expect((await getOrganisation(await anonymousCtx())).interfaceLanguage).toBe("es");
  });
});
