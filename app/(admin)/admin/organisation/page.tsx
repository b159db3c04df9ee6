import type { Metadata } from "next";
import { OrganisationForm } from "@/components/admin/OrganisationForm";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { getServiceContext } from "@/lib/auth";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisationAction } from "./actions";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage() {
  await requirePageActor("/admin/organisation", "organisation:manage");
  const organisation = await forPage(getServiceContext().then((ctx) => getOrganisation(ctx)), "/admin/organisation");
  return (
    <section aria-labelledby="organisation-heading" className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="organisation-heading" className="text-2xl font-semibold">
          Organisation
        </h1>
        <p className="text-sm text-stone-700">
          Your newsroom as readers know it. The name heads every public page; the About page shows the rest, with
          your methodology, and the Corrections page starts with your corrections policy. Leave any field but the name
          empty if you do not want to give it.
        </p>
      </div>
      <OrganisationForm initial={organisation} action={updateOrganisationAction} />
    </section>
  );
}
