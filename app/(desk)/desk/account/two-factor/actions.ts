"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { confirmTwoFactorEnrolment } from "@/lib/services/twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "@/lib/services/twoFactor/disableTwoFactor";
import type { RecoveryCodesDto, TwoFactorEnrolmentDto } from "@/lib/services/twoFactor/twoFactorDto";
import { startTwoFactorEnrolment } from "@/lib/services/twoFactor/startTwoFactorEnrolment";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

export async function startTwoFactorAction(): Promise<ActionResult<TwoFactorEnrolmentDto>> {
  return runAction(async () => startTwoFactorEnrolment(await getServiceContext()));
}

export async function confirmTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult<RecoveryCodesDto>> {
  const { code } = formFields(formData, "code");
  return runAction(async () => confirmTwoFactorEnrolment(await getServiceContext(), { code }), "Two-factor sign-in is on.");
}

export async function disableTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const { code, password } = formFields(formData, "code", "password");
  const result = await runAction(async () => {
    await disableTwoFactor(await getServiceContext(), { code, password });
    return undefined;
  }, "Two-factor sign-in is off.");
  if (result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}
