"use server";

// The services validate every field: the casts below only name the type the form claims to send.

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { createUser } from "@/lib/services/users/createUser";
import { resetUserPassword } from "@/lib/services/users/resetUserPassword";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { setUserRole } from "@/lib/services/users/setUserRole";
import type { Role } from "@/lib/services/users/userDto";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

type OneTimePassword = { email: string; password: string | null };

export async function createUserAction(_: unknown, formData: FormData): Promise<ActionResult<OneTimePassword>> {
  const { email, displayName, role } = formFields(formData, "email", "displayName", "role");
  const result = await runAction(async () => {
    const { user, password } = await createUser(await getServiceContext(), { email, displayName, role: role as Role });
    return { email: user.email, password };
  });
  revalidatePath("/admin/users");
  return result;
}

export async function setRoleAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { userId, role } = formFields(formData, "userId", "role");
  const result = await runAction(async () => {
    await setUserRole(await getServiceContext(), { userId, role: role as Role });
    return undefined;
  }, "Role changed.");
  revalidatePath("/admin/users");
  return result;
}

export async function setActiveAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { userId, active } = formFields(formData, "userId", "active");
  const result = await runAction(async () => {
    await setUserActive(await getServiceContext(), { userId, active: active === "true" });
    return undefined;
  }, active === "true" ? "Account reactivated." : "Account deactivated. Their sessions have ended.");
  revalidatePath("/admin/users");
  return result;
}

export async function resetPasswordAction(_: unknown, formData: FormData): Promise<ActionResult<OneTimePassword>> {
  const { userId } = formFields(formData, "userId");
  const result = await runAction(async () => {
    const { user, password } = await resetUserPassword(await getServiceContext(), { userId });
    return { email: user.email, password };
  });
  revalidatePath("/admin/users");
  return result;
}
