import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { FormAlert } from "@/components/ui/FormAlert";
import { getActor } from "@/lib/auth";
import { DEMO_PASSWORD, isDemoMode } from "@/lib/demo/demoMode";
import { safeNextPath } from "@/lib/web/safeRedirect";
import { signInStep } from "../actions";

export const metadata: Metadata = { title: "Sign in · Factdesk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getActor()) redirect(next);
  return (
    <main id="main" className="staff-palette mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <h1 className="text-2xl font-semibold">Sign in to Factdesk</h1>
      {params.signedOut === "all" ? <FormAlert tone="success">You are signed out on every device.</FormAlert> : null}
      {params.signedOut === "1" ? <FormAlert tone="success">You are signed out.</FormAlert> : null}
      <LoginForm action={signInStep} next={next} />
      {isDemoMode() ? (
        <p className="text-sm text-stone-600">
          Demo accounts: admin@factdesk.test, editor@factdesk.test and reviewer@factdesk.test, password{" "}
          <code>{DEMO_PASSWORD}</code>.
        </p>
      ) : null}
    </main>
  );
}
