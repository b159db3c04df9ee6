import type { Metadata } from "next";
import Link from "next/link";
import { ReassignClaimsForm } from "@/components/admin/ReassignClaimsForm";
import { getServiceContext } from "@/lib/auth";
import { listOpenClaimsOf } from "@/lib/services/users/listOpenClaimsOf";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { reassignClaimsAction } from "../../actions";

export const metadata: Metadata = { title: "Open claims" };

type Props = { params: Promise<{ id: string }> };

export default async function OpenClaimsOfPage({ params }: Props) {
  const { id } = await params;
  const path = `/admin/users/${id}/claims`;
  await requirePageActor(path, "user:manage");
  const open = await forPage(getServiceContext().then((ctx) => listOpenClaimsOf(ctx, { userId: id })), path);
  return (
    <section aria-labelledby="open-claims-heading" className="flex flex-col gap-4">
      <p>
        <Link prefetch={false} href="/admin/users" className="text-sm text-blue-800 underline">
          Back to users
        </Link>
      </p>
      <h1 id="open-claims-heading" className="text-2xl font-semibold">
        Open claims of {open.user.displayName}
      </h1>
      {open.user.active ? null : (
        <p className="text-sm text-stone-700">
          {open.user.displayName}&apos;s account is deactivated, so these claims wait for no one. Hand them on to someone who can
          check them.
        </p>
      )}
      {open.claims.length === 0 ? (
        <p role="status" className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
          {open.user.displayName} has no open claims: nothing waits for them.
        </p>
      ) : (
        <ReassignClaimsForm
          key={open.claims.map((claim) => `${claim.id}:${claim.version}`).join(",")}
          from={open.user.displayName}
          claims={open.claims}
          reviewers={open.reviewers}
          action={reassignClaimsAction}
        />
      )}
    </section>
  );
}
