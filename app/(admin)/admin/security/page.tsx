import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HeldBackSignIns } from "@/components/admin/HeldBackSignIns";
import { TwoFactorAdmin } from "@/components/admin/TwoFactorAdmin";
import { getServiceContext } from "@/lib/auth";
import { listSignInThrottles } from "@/lib/services/security/listSignInThrottles";
import { listTwoFactorEnrolments } from "@/lib/services/twoFactor/listTwoFactorEnrolments";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { liftSignInThrottleAction, resetTwoFactorAction, setTwoFactorRequirementAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.security");
  return { title: t("title") };
}

export default async function SecurityPage() {
  const path = "/admin/security";
  await requirePageActor(path, "security:manage");
  const [overview, throttles] = await forPage(
    getServiceContext().then((ctx) => Promise.all([listTwoFactorEnrolments(ctx), listSignInThrottles(ctx)])),
    path,
  );
  const t = await getTranslations("admin.security");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <TwoFactorAdmin overview={overview} setRequirement={setTwoFactorRequirementAction} reset={resetTwoFactorAction} />
      <HeldBackSignIns throttles={throttles} lift={liftSignInThrottleAction} />
    </div>
  );
}
