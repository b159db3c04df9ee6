"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { retryOutboxMessage } from "@/lib/services/outbox/retryOutboxMessage";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

const retryForm = formOf({ id: formText });

export async function retryOutboxMessageAction(_: unknown, formData: FormData): Promise<ActionResult> {
  const form = await readActionInput(retryForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => {
    await retryOutboxMessage(await getServiceContext(), form.data);
    return undefined;
  }, t("retried"));
  revalidatePath("/admin/outbox");
  return result;
}
