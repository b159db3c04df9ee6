import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReassignClaimsForm } from "@/components/admin/ReassignClaimsForm";
import { getServiceContext } from "@/lib/auth";
import { listOpenClaimsOf } from "@/lib/services/users/listOpenClaimsOf";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { reassignClaimsAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.openClaims");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function OpenClaimsOfPage({ params }: Props) {
  const { id } = await params;
  const path = `/admin/users/${id}/claims`;
  await requirePageActor(path, "user:manage");
  const open = await forPage(getServiceContext().then((ctx) => listOpenClaimsOf(ctx, { userId: id })), path);
  const t = await getTranslations("admin.openClaims");
  const name = open.user.displayName;
  return (
    <section aria-labelledby="open-claims-heading" className="flex flex-col gap-4">
      <p>
        <Link prefetch={false} href="/admin/users" className="text-sm text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 id="open-claims-heading" className="text-2xl font-semibold">
        {t("heading", { name })}
      </h1>
      {open.user.active ? null : <p className="text-sm text-stone-700">{t("deactivated", { name })}</p>}
      {open.claims.length === 0 ? (
        <p role="status" className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
          {t("none", { name })}
        </p>
      ) : (
        <ReassignClaimsForm
          key={open.claims.map((claim) => `${claim.id}:${claim.version}`).join(",")}
          from={name}
          claims={open.claims}
          reviewers={open.reviewers}
          action={reassignClaimsAction}
        />
      )}
    </section>
  );
}
