"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { isInterfaceLanguage, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { setMailPreferences } from "@/lib/services/mail/setMailPreferences";
import type { MailedKind } from "@/lib/services/mail/unsubscribeTokens";
import { changePassword } from "@/lib/services/users/changePassword";
import { confirmIdentity } from "@/lib/services/users/confirmIdentity";
import { setInterfaceLanguage } from "@/lib/services/users/setInterfaceLanguage";
import { updateDisplayName } from "@/lib/services/users/updateDisplayName";
import { formList, formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { staffInterfaceLanguage } from "@/lib/web/interfaceLanguage";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

const displayNameForm = formOf({ displayName: formText });
const identityForm = formOf({ password: formText, code: formText });
const passwordForm = formOf({ newPassword: formText, confirm: formText });
const mailForm = formOf({ mailed: formList, digest: formList });
const languageForm = formOf({ interfaceLanguage: formText });

export async function setMailPreferencesAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(mailForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("desk.accountActions");
  const result = await runAction(async () => {
    // The service checks each value against the kinds it knows: the cast only names what the form claims to send.
    await setMailPreferences(await getServiceContext(), { mailed: form.data.mailed as MailedKind[], digest: form.data.digest as MailedKind[] });
    return undefined;
  }, t("mailSaved"));
  revalidatePath("/desk/account");
  return result;
}

export async function updateDisplayNameAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(displayNameForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("desk.accountActions");
  const result = await runAction(async () => {
    await updateDisplayName(await getServiceContext(), form.data);
    return undefined;
  }, t("nameSaved"));
  revalidatePath("/desk", "layout");
  return result;
}

/** Confirms it is the account's owner (password, and a code with two-factor sign-in); the account pages then unlock. */
export async function confirmIdentityAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(identityForm, formData);
  if (!form.ok) return form;
  const result = await runAction(async () => {
    await confirmIdentity(await getServiceContext(), form.data);
    return undefined;
  });
  if (result.ok) revalidatePath("/desk/account", "layout");
  return result;
}

export async function changePasswordAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(passwordForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("desk.accountActions");
  const result = await runAction(async () => {
    const { sessionsEnded } = await changePassword(await getServiceContext(), form.data);
    return sessionsEnded === 0 ? t("passwordChanged") : t("passwordChangedElsewhere", { count: sessionsEnded });
  });
  revalidatePath("/desk/account");
  return result.ok ? { ok: true, data: undefined, message: result.data } : result;
}

export async function setInterfaceLanguageAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(languageForm, formData);
  if (!form.ok) return form;
  // Said in the language just chosen, as every staff page now is.
  const chosen = form.data.interfaceLanguage;
  const t = await getTranslations({ locale: await staffInterfaceLanguage(isInterfaceLanguage(chosen) ? chosen : null), namespace: "common.language" });
  const result = await runAction(async () => {
    // The service checks the code against the interface's languages: the cast only names what the form claims to send.
    await setInterfaceLanguage(await getServiceContext(), { interfaceLanguage: chosen as InterfaceLanguage | "" });
    return undefined;
  }, t("saved"));
  revalidatePath("/desk", "layout");
  revalidatePath("/admin", "layout");
  return result;
}
