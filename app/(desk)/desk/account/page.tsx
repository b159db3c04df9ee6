import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { ConfirmIdentityForm } from "@/components/account/ConfirmIdentityForm";
import { DisplayNameForm } from "@/components/account/DisplayNameForm";
import { InterfaceLanguageForm } from "@/components/account/InterfaceLanguageForm";
import { MailPreferencesForm } from "@/components/account/MailPreferencesForm";
import { RecentSignIns } from "@/components/account/RecentSignIns";
import { getServiceContext } from "@/lib/auth";
import { getMailPreferences } from "@/lib/services/mail/getMailPreferences";
import { getAccount } from "@/lib/services/users/getAccount";
import { requestOrganisation } from "@/lib/web/interfaceLanguage";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { logoutEverywhere } from "../../../(auth)/actions";
import { changePasswordAction, confirmIdentityAction, setInterfaceLanguageAction, setMailPreferencesAction, updateDisplayNameAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  await requirePageActor("/desk/account", "account:self");
  const account = await forPage(getServiceContext().then((ctx) => getAccount(ctx)), "/desk/account");
  const mail = await forPage(getServiceContext().then((ctx) => getMailPreferences(ctx)), "/desk/account");
  const organisation = await forPage(requestOrganisation(), "/desk/account");
  if (!account || !mail) return null;
  return (
    <section aria-labelledby="account-heading" className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 id="account-heading" className="text-2xl font-semibold">
          Your account
        </h1>
        <p className="text-sm text-stone-700">
          {account.email} · {account.role}.{" "}
          {account.role === "admin" ? (
            <>
              You change your email on the{" "}
              <Link prefetch={false} href="/admin/users" className="text-blue-800 underline">
                Users page
              </Link>
              .
            </>
          ) : (
            "Ask an admin to change your email or role."
          )}
        </p>
      </div>
      <DisplayNameForm displayName={account.displayName} action={updateDisplayNameAction} />
      <InterfaceLanguageForm picked={account.interfaceLanguage} newsroom={organisation.interfaceLanguage} action={setInterfaceLanguageAction} />
      <MailPreferencesForm preferences={mail} action={setMailPreferencesAction} />
      <section aria-labelledby="password-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change your password
        </h2>
        {account.identityConfirmedUntil ? (
          <ChangePasswordForm email={account.email} action={changePasswordAction} />
        ) : (
          <ConfirmIdentityForm email={account.email} twoFactor={account.twoFactor} purpose="change your password" action={confirmIdentityAction} />
        )}
      </section>
      <section aria-labelledby="two-factor-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          Two-factor sign-in
        </h2>
        <p className="text-sm text-stone-700">A code from an authenticator app on your phone, asked for after your password.</p>
        <p>
          <Link prefetch={false} href="/desk/account/two-factor" className="text-sm text-blue-800 underline">
            Set up or change two-factor sign-in
          </Link>
        </p>
      </section>
      <RecentSignIns signIns={account.signIns.map((s) => ({ ...s, signedInAt: s.signedInAt.toISOString() }))} logoutEverywhere={logoutEverywhere} />
    </section>
  );
}
