"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { changePassword } from "@/lib/services/users/changePassword";
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

export async function changePasswordAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { currentPassword, newPassword, confirm } = formFields(formData, "currentPassword", "newPassword", "confirm");
  const result = await runAction(async () => {
    const { sessionsEnded } = await changePassword(await getServiceContext(), { currentPassword, newPassword, confirm });
    if (sessionsEnded === 0) return "Your password is changed.";
    return `Your password is changed. ${sessionsEnded === 1 ? "1 other session was" : `${sessionsEnded} other sessions were`} signed out; this one stays signed in.`;
  });
  revalidatePath("/desk/account");
  return result.ok ? { ok: true, data: undefined, message: result.data } : result;
}
