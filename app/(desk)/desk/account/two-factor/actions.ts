"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { confirmTwoFactorEnrolment } from "@/lib/services/twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "@/lib/services/twoFactor/disableTwoFactor";
import { replaceRecoveryCodes } from "@/lib/services/twoFactor/replaceRecoveryCodes";
import type { RecoveryCodesDto, TwoFactorEnrolmentDto } from "@/lib/services/twoFactor/twoFactorDto";
import { startTwoFactorEnrolment } from "@/lib/services/twoFactor/startTwoFactorEnrolment";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

// Each of these needs the person to have confirmed it is them lately; a refusal for that refreshes the page, which
// then asks them to. The ones without a form take no input, whatever arrives.

const confirmForm = formOf({ code: formText });

export async function startTwoFactorAction(): Promise<ActionResult<TwoFactorEnrolmentDto>> {
  const result = await runAction(async () => startTwoFactorEnrolment(await getServiceContext()));
  if (!result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}

export async function confirmTwoFactorAction(_: unknown, formData: FormData): Promise<ActionResult<RecoveryCodesDto>> {
  const form = await readActionInput(confirmForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("desk.accountActions");
  return runAction(async () => confirmTwoFactorEnrolment(await getServiceContext(), form.data), t("twoFactorOn"));
}

export async function disableTwoFactorAction(): Promise<ActionResult> {
  const t = await getTranslations("desk.accountActions");
  const result = await runAction(async () => {
    await disableTwoFactor(await getServiceContext());
    return undefined;
  }, t("twoFactorOff"));
  revalidatePath("/desk/account/two-factor");
  return result;
}

export async function replaceRecoveryCodesAction(): Promise<ActionResult<RecoveryCodesDto>> {
  const result = await runAction(async () => replaceRecoveryCodes(await getServiceContext()));
  if (!result.ok) revalidatePath("/desk/account/two-factor");
  return result;
}
