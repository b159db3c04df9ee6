import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { ConfirmIdentityForm } from "@/components/account/ConfirmIdentityForm";
import { DisplayNameForm } from "@/components/account/DisplayNameForm";
import { InterfaceLanguageForm } from "@/components/account/InterfaceLanguageForm";
import { MailPreferencesForm } from "@/components/account/MailPreferencesForm";
import { RecentSignIns } from "@/components/account/RecentSignIns";
import { roleNames } from "@/components/staff/roleNames";
import { getServiceContext } from "@/lib/auth";
import { getMailPreferences } from "@/lib/services/mail/getMailPreferences";
import { getAccount } from "@/lib/services/users/getAccount";
import { requestOrganisation } from "@/lib/web/interfaceLanguage";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { logoutEverywhere } from "../../../(auth)/actions";
import { changePasswordAction, confirmIdentityAction, setInterfaceLanguageAction, setMailPreferencesAction, updateDisplayNameAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.account");
  return { title: t("title") };
}

export default async function AccountPage() {
  await requirePageActor("/desk/account", "account:self");
  const account = await forPage(getServiceContext().then((ctx) => getAccount(ctx)), "/desk/account");
  const mail = await forPage(getServiceContext().then((ctx) => getMailPreferences(ctx)), "/desk/account");
  const organisation = await forPage(requestOrganisation(), "/desk/account");
  if (!account || !mail) return null;
  const t = await getTranslations("desk.account");
  const roles = await roleNames();
  return (
    <section aria-labelledby="account-heading" className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 id="account-heading" className="text-2xl font-semibold">
          {t("heading")}
        </h1>
        <p className="text-sm text-stone-700">
          {account.email} · {roles[account.role] ?? account.role}.{" "}
          {account.role === "admin"
            ? t.rich("changeEmailAdmin", {
                link: (chunks) => (
                  <Link prefetch={false} href="/admin/users" className="text-blue-800 underline">
                    {chunks}
                  </Link>
                ),
              })
            : t("changeEmail")}
        </p>
      </div>
      <DisplayNameForm displayName={account.displayName} action={updateDisplayNameAction} />
      <InterfaceLanguageForm picked={account.interfaceLanguage} newsroom={organisation.interfaceLanguage} action={setInterfaceLanguageAction} />
      <MailPreferencesForm preferences={mail} action={setMailPreferencesAction} />
      <section aria-labelledby="password-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("password")}
        </h2>
        {account.identityConfirmedUntil ? (
          <ChangePasswordForm email={account.email} action={changePasswordAction} />
        ) : (
          <ConfirmIdentityForm email={account.email} twoFactor={account.twoFactor} purpose="changePassword" action={confirmIdentityAction} />
        )}
      </section>
      <section aria-labelledby="two-factor-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {t("twoFactor")}
        </h2>
        <p className="text-sm text-stone-700">{t("twoFactorText")}</p>
        <p>
          <Link prefetch={false} href="/desk/account/two-factor" className="text-sm text-blue-800 underline">
            {t("twoFactorLink")}
          </Link>
        </p>
      </section>
      <RecentSignIns signIns={account.signIns.map((s) => ({ ...s, signedInAt: s.signedInAt.toISOString() }))} logoutEverywhere={logoutEverywhere} />
    </section>
  );
}
