"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { confirmTwoFactorEnrolment } from "@/lib/services/twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "@/lib/services/twoFactor/disableTwoFactor";
import type { RecoveryCodesDto, TwoFactorEnrolmentDto } from "@/lib/services/twoFactor/twoFactorDto";
import { startTwoFactorEnrolment } from "@/lib/services/twoFactor/startTwoFactorEnrolment";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

const confirmForm = formOf({ code: formText });
const disableForm = formOf({ code: formText, password: formText });

export async function startTwoFactorAction(): Promise<ActionResult<TwoFactorEnrolmentDto>> {
  return runAction(async () => startTwoFactorEnrolment(await getServiceContext()));
}

export async function confirmTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult<RecoveryCodesDto>> {
  const form = readActionInput(confirmForm, formData);
  if (!form.ok) return form;
  return runAction(async () => confirmTwoFactorEnrolment(await getServiceContext(), form.data), "Two-factor sign-in is on.");
}

export async function disableTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = readActionInput(disableForm, formData);
  if (!form.ok) return form;
  const result = await runAction(async () => {
    await disableTwoFactor(await getServiceContext(), form.data);
    return undefined;
  }, "Two-factor sign-in is off.");
  if (result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}
