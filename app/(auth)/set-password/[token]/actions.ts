"use server";

import { getReaderContext } from "@/lib/core/database";
import { setPasswordWithLink } from "@/lib/services/users/setPasswordWithLink";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";

export async function setPasswordAction(_: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const { token, password, confirm } = formFields(formData, "token", "password", "confirm");
  return runAction(async () => setPasswordWithLink(await getReaderContext(), { token, password, confirm }));
}
