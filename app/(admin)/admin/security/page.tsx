import type { Metadata } from "next";
import { TwoFactorAdmin } from "@/components/admin/TwoFactorAdmin";
import { getServiceContext } from "@/lib/auth";
import { listTwoFactorEnrolments } from "@/lib/services/twoFactor/listTwoFactorEnrolments";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { resetTwoFactorAction, setTwoFactorRequirementAction } from "./actions";

export const metadata: Metadata = { title: "Sign-in security · Admin" };

export default async function SecurityPage() {
  const path = "/admin/security";
  await requirePageActor(path, "security:manage");
  const overview = await forPage(getServiceContext().then((ctx) => listTwoFactorEnrolments(ctx)), path);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Sign-in security</h1>
      <TwoFactorAdmin overview={overview} setRequirement={setTwoFactorRequirementAction} reset={resetTwoFactorAction} />
    </div>
  );
}
