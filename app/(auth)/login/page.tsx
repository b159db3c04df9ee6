import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { FormAlert } from "@/components/ui/FormAlert";
import { getActor } from "@/lib/auth";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo/demoMode";
import { safeNextPath } from "@/lib/web/safeRedirect";
import { signInStep } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getActor()) redirect(next);
  const t = await getTranslations("auth.login");
  const format = await getFormatter();
  return (
    <main id="main" className="staff-palette mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {params.signedOut === "all" ? <FormAlert tone="success">{t("signedOutEverywhere")}</FormAlert> : null}
      {params.signedOut === "1" ? <FormAlert tone="success">{t("signedOut")}</FormAlert> : null}
      <NextIntlClientProvider messages={await getMessages()}>
        <LoginForm action={signInStep} next={next} />
      </NextIntlClientProvider>
      {isDemoMode() ? (
        <p className="text-sm text-stone-600">
          {t.rich("demo", {
            accounts: format.list(["admin@factdesk.test", "editor@factdesk.test", "reviewer@factdesk.test"], { type: "conjunction" }),
            password: () => <code>{DEMO_PASSWORD}</code>,
          })}
        </p>
      ) : null}
    </main>
  );
}
