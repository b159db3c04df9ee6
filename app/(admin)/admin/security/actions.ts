"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { liftSignInThrottle } from "@/lib/services/security/liftSignInThrottle";
import { resetTwoFactor } from "@/lib/services/twoFactor/resetTwoFactor";
import { setTwoFactorRequirement } from "@/lib/services/twoFactor/setTwoFactorRequirement";
import { formCheckbox, formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

const requirementForm = formOf({ required: formCheckbox });
const resetForm = formOf({ userId: formText });
const liftForm = formOf({ key: formText });

export async function setTwoFactorRequirementAction(_: unknown, formData: FormData): Promise<ActionResult<{ required: boolean }>> {
  const form = readActionInput(requirementForm, formData);
  if (!form.ok) return form;
  const result = await runAction(
    async () => setTwoFactorRequirement(await getServiceContext(), form.data),
    form.data.required ? "Two-factor sign-in is now required: staff without it set it up at their next step." : "Two-factor sign-in is now optional.",
  );
  revalidatePath("/admin/security");
  return result;
}

export async function resetTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = readActionInput(resetForm, formData);
  if (!form.ok) return form;
  const result = await runAction(async () => {
    await resetTwoFactor(await getServiceContext(), form.data);
    return undefined;
  }, "Two-factor sign-in reset. They set it up again at their next sign-in.");
  revalidatePath("/admin/security");
  return result;
}

export async function liftSignInThrottleAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = readActionInput(liftForm, formData);
  if (!form.ok) return form;
  const result = await runAction(async () => {
    await liftSignInThrottle(await getServiceContext(), form.data);
    return undefined;
  }, "Let through: they can sign in again now.");
  revalidatePath("/admin/security");
  return result;
}
