"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { resetTwoFactor } from "@/lib/services/twoFactor/resetTwoFactor";
import { setTwoFactorRequirement } from "@/lib/services/twoFactor/setTwoFactorRequirement";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

export async function setTwoFactorRequirementAction(_: unknown, formData: FormData): Promise<ActionResult<{ required: boolean }>> {
  const { required } = formFields(formData, "required");
  const result = await runAction(
    async () => setTwoFactorRequirement(await getServiceContext(), { required: required === "on" }),
    required === "on" ? "Two-factor sign-in is now required: staff without it set it up at their next step." : "Two-factor sign-in is now optional.",
  );
  revalidatePath("/admin/security");
  return result;
}

export async function resetTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { userId } = formFields(formData, "userId");
  const result = await runAction(async () => {
    await resetTwoFactor(await getServiceContext(), { userId });
    return undefined;
  }, "Two-factor sign-in reset. They set it up again at their next sign-in.");
  revalidatePath("/admin/security");
  return result;
}
