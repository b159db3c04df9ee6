"use server";

// The services validate every field: the casts below only name the type the form claims to send.

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import { changeUserEmail } from "@/lib/services/users/changeUserEmail";
import { createUser } from "@/lib/services/users/createUser";
import type { PasswordLinkDto } from "@/lib/services/users/passwordLinkDto";
import { resetUserPassword } from "@/lib/services/users/resetUserPassword";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { setUserRole } from "@/lib/services/users/setUserRole";
import type { Role } from "@/lib/services/users/userDto";
import { formBoolean, formList, formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";
import { setPasswordUrl } from "@/lib/web/setPasswordUrl";

const createUserForm = formOf({ email: formText, displayName: formText, role: formText });
const roleForm = formOf({ userId: formText, role: formText });
const activeForm = formOf({ userId: formText, active: formBoolean });
const userForm = formOf({ userId: formText });
const emailForm = formOf({ userId: formText, email: formText });
const reassignForm = formOf({
  reviewerId: formText,
  // Each listed claim as "id:version", the version the admin's page showed.
  claim: formList.transform((values) =>
    values.map((value) => {
      const [claimId = "", version = ""] = value.split(":");
      return { claimId, version };
    }),
  ),
});

/** A set-password link to show the admin once, to pass on; `url` null: it was mailed to them, and is not shown. */
export type IssuedLink = { email: string; url: string | null; expiresAt: string };

function issued(email: string, link: PasswordLinkDto): IssuedLink {
  return { email, url: link.mailed ? null : setPasswordUrl(link.token), expiresAt: link.expiresAt.toISOString() };
}

export async function createUserAction(_: unknown, formData: FormData): Promise<ActionResult<IssuedLink>> {
  const form = await readActionInput(createUserForm, formData);
  if (!form.ok) return form;
  const { email, displayName, role } = form.data;
  const result = await runAction(async () => {
    const { user, link } = await createUser(await getServiceContext(), { email, displayName, role: role as Role });
    return issued(user.email, link!);
  });
  revalidatePath("/admin/users");
  return result;
}

export async function setRoleAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(roleForm, formData);
  if (!form.ok) return form;
  const { userId, role } = form.data;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await setUserRole(await getServiceContext(), { userId, role: role as Role });
    return undefined;
  }, t("roleChanged"));
  revalidatePath("/admin/users");
  return result;
}

export async function changeEmailAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(emailForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await changeUserEmail(await getServiceContext(), form.data);
    return undefined;
  }, t("emailChanged"));
  revalidatePath("/admin/users");
  return result;
}

export async function setActiveAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(activeForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await setUserActive(await getServiceContext(), form.data);
    return undefined;
  }, form.data.active ? t("reactivated") : t("deactivated"));
  revalidatePath("/admin/users");
  return result;
}

export async function resetPasswordAction(_: unknown, formData: FormData): Promise<ActionResult<IssuedLink>> {
  const form = await readActionInput(userForm, formData);
  if (!form.ok) return form;
  const result = await runAction(async () => {
    const { user, link } = await resetUserPassword(await getServiceContext(), form.data);
    return issued(user.email, link);
  });
  revalidatePath("/admin/users");
  return result;
}

/** Hands every open claim listed on the page to one reviewer, each keeping its due date. */
export async function reassignClaimsAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(reassignForm, formData);
  if (!form.ok) return form;
  const { claim: claims, reviewerId } = form.data;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    const { count, reviewer } = await assignClaims(await getServiceContext(), { claims, reviewerId, keepDueDates: true });
    return t("handedOn", { count, name: reviewer.displayName });
  });
  revalidatePath("/admin/users", "layout");
  return result.ok ? { ok: true, data: undefined, message: result.data } : result;
}
