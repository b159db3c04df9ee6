import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TwoFactorSettings } from "@/components/desk/account/TwoFactorSettings";
import { getServiceContext } from "@/lib/auth";
import { getTwoFactorStatus } from "@/lib/services/twoFactor/getTwoFactorStatus";
import { forPage, requirePageActor, TWO_FACTOR_PATH } from "@/lib/web/pageAccess";
import { confirmIdentityAction } from "../actions";
import { confirmTwoFactorAction, disableTwoFactorAction, replaceRecoveryCodesAction, startTwoFactorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.twoFactor");
  return { title: t("title") };
}

export default async function TwoFactorPage() {
  const actor = await requirePageActor(TWO_FACTOR_PATH, "account:self");
  const status = await forPage(getServiceContext().then((ctx) => getTwoFactorStatus(ctx)), TWO_FACTOR_PATH);
  const t = await getTranslations("desk.twoFactor");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <TwoFactorSettings
        email={actor.email}
        status={status}
        confirmIdentity={confirmIdentityAction}
        start={startTwoFactorAction}
        confirm={confirmTwoFactorAction}
        disable={disableTwoFactorAction}
        replaceCodes={replaceRecoveryCodesAction}
      />
    </div>
  );
}
