"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { confirmTwoFactorEnrolment } from "@/lib/services/twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "@/lib/services/twoFactor/disableTwoFactor";
import { replaceRecoveryCodes } from "@/lib/services/twoFactor/replaceRecoveryCodes";
import type { RecoveryCodesDto, TwoFactorEnrolmentDto } from "@/lib/services/twoFactor/twoFactorDto";
import { startTwoFactorEnrolment } from "@/lib/services/twoFactor/startTwoFactorEnrolment";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

// A refusal because the person has not confirmed it is them lately refreshes the page, which then asks them to.

export async function startTwoFactorAction(): Promise<ActionResult<TwoFactorEnrolmentDto>> {
  const result = await runAction(async () => startTwoFactorEnrolment(await getServiceContext()));
  if (!result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}

export async function confirmTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult<RecoveryCodesDto>> {
  const { code } = formFields(formData, "code");
  return runAction(async () => confirmTwoFactorEnrolment(await getServiceContext(), { code }), "Two-factor sign-in is on.");
}

export async function disableTwoFactorAction(): Promise<ActionResult> {
  const result = await runAction(async () => {
    await disableTwoFactor(await getServiceContext());
    return undefined;
  }, "Two-factor sign-in is off.");
  revalidatePath("/desk/account/two-factor");
  return result;
}

export async function replaceRecoveryCodesAction(): Promise<ActionResult<RecoveryCodesDto>> {
  const result = await runAction(async () => replaceRecoveryCodes(await getServiceContext()));
  if (!result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}
