import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/admin/OrganisationForm";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { getServiceContext } from "@/lib/auth";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisation");
  return { title: t("title") };
}

export default async function OrganisationPage() {
  await requirePageActor("/admin/organisation", "organisation:manage");
  const organisation = await forPage(getServiceContext().then((ctx) => getOrganisation(ctx)), "/admin/organisation");
  const t = await getTranslations("admin.organisation");
  return (
    <section aria-labelledby="organisation-heading" className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="organisation-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-sm text-stone-700">{t("intro")}</p>
      </div>
      <OrganisationForm initial={organisation} action={updateOrganisationAction} />
    </section>
  );
}
