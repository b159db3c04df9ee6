"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";

const organisationForm = formOf({
  name: formText,
  url: formText,
  description: formText,
  contactEmail: formText,
  logoUrl: formText,
  methodology: formText,
  correctionsPolicy: formText,
  interfaceLanguage: formText,
});

export async function updateOrganisationAction(_: unknown, formData: FormData): Promise<ActionResult<OrganisationDto>> {
  const form = await readActionInput(organisationForm, formData);
  if (!form.ok) return form;
  const t = await getTranslations("admin.done");
  const result = await runAction(async () => updateOrganisation(await getServiceContext(), form.data), t("organisationSaved"));
  // Every public page's header shows the name.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
