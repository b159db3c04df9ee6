"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { formFields, runAction, type ActionResult } from "@/lib/web/actionResult";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";

export async function updateOrganisationAction(_: unknown, formData: FormData): Promise<ActionResult<OrganisationDto>> {
  const fields = formFields(formData, "name", "url", "description", "contactEmail", "logoUrl", "methodology", "correctionsPolicy");
  const result = await runAction(
    async () => updateOrganisation(await getServiceContext(), fields),
    "Organisation details saved. Readers see them now.",
  );
  // Every public page's header shows the name.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
