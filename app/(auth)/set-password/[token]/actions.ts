"use server";

import { getReaderContext } from "@/lib/core/database";
import { setPasswordWithLink } from "@/lib/services/users/setPasswordWithLink";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

const setPasswordForm = formOf({ token: formText, password: formText, confirm: formText });

export async function setPasswordAction(_: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const form = await readActionInput(setPasswordForm, formData);
  if (!form.ok) return form;
  return runAction(async () => setPasswordWithLink(await getReaderContext(), form.data));
}
