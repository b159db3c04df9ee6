"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { changePassword } from "@/lib/services/users/changePassword";
import { confirmIdentity } from "@/lib/services/users/confirmIdentity";
import { updateDisplayName } from "@/lib/services/users/updateDisplayName";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

export async function updateDisplayNameAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { displayName } = formFields(formData, "displayName");
  const result = await runAction(async () => {
    await updateDisplayName(await getServiceContext(), { displayName });
    return undefined;
  }, "Your name is saved.");
  revalidatePath("/desk", "layout");
  return result;
}

/** Confirms it is the account's owner (password, and a code with two-factor sign-in); the account pages then unlock. */
export async function confirmIdentityAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { password, code } = formFields(formData, "password", "code");
  const result = await runAction(async () => {
    await confirmIdentity(await getServiceContext(), { password, code });
    return undefined;
  });
  if (result.ok) revalidatePath("/desk/account", "layout");
  return result;
}

export async function changePasswordAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { newPassword, confirm } = formFields(formData, "newPassword", "confirm");
  const result = await runAction(async () => {
    const { sessionsEnded } = await changePassword(await getServiceContext(), { newPassword, confirm });
    if (sessionsEnded === 0) return "Your password is changed.";
    return `Your password is changed. ${sessionsEnded === 1 ? "1 other session was" : `${sessionsEnded} other sessions were`} signed out; this one stays signed in.`;
  });
  revalidatePath("/desk/account");
  return result.ok ? { ok: true, data: undefined, message: result.data } : result;
}
