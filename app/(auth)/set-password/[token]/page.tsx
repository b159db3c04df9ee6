import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/SetPasswordForm";
import { getReaderContext } from "@/lib/core/database";
import { checkPasswordLink } from "@/lib/services/users/checkPasswordLink";
import { setPasswordAction } from "./actions";

// The token is in the address: no other site may see it in a Referer header, and no search engine should list it.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setPassword");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await checkPasswordLink(await getReaderContext(), { token });
  const t = await getTranslations("auth.setPassword");
  return (
    <main id="main" className="staff-palette mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      {link.state === "valid" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("heading")}</h1>
          <p className="text-sm text-stone-700">
            {t.rich("welcome", { name: link.displayName, email: link.email, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <NextIntlClientProvider messages={await getMessages()}>
            <SetPasswordForm token={token} email={link.email} action={setPasswordAction} />
          </NextIntlClientProvider>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t(`refused.${link.state}.heading`)}</h1>
          <p>{t(`refused.${link.state}.text`)}</p>
          <p>
            <Link prefetch={false} href="/login" className="text-blue-800 underline">
              {t("toSignIn")}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
