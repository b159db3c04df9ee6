"use server";

import { getTranslations } from "next-intl/server";
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
  const form = await readActionInput(requirementForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(
    async () => setTwoFactorRequirement(await getServiceContext(), form.data),
    form.data.required ? t("twoFactorRequired") : t("twoFactorOptional"),
  );
  revalidatePath("/admin/security");
  return result;
}

export async function resetTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(resetForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await resetTwoFactor(await getServiceContext(), form.data);
    return undefined;
  }, t("twoFactorReset"));
  revalidatePath("/admin/security");
  return result;
}

export async function liftSignInThrottleAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(liftForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await liftSignInThrottle(await getServiceContext(), form.data);
    return undefined;
  }, t("letThrough"));
  revalidatePath("/admin/security");
  return result;
}
