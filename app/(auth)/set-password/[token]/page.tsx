import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/SetPasswordForm";
import { getReaderContext } from "@/lib/core/database";
import { checkPasswordLink } from "@/lib/services/users/checkPasswordLink";
import { LINK_REFUSALS } from "@/lib/services/users/setPasswordWithLink";
import { setPasswordAction } from "./actions";

// The token is in the address: no other site may see it in a Referer header, and no search engine should list it.
export const metadata: Metadata = { title: "Choose your password · Factdesk", referrer: "no-referrer", robots: { index: false, follow: false } };

const HEADINGS = {
  used: "This link has already been used",
  replaced: "This link has been replaced",
  expired: "This link has expired",
  unknown: "This link does not work",
} as const;

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await checkPasswordLink(await getReaderContext(), { token });
  return (
    <main id="main" className="staff-palette mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      {link.state === "valid" ? (
        <>
          <h1 className="text-2xl font-semibold">Choose your password</h1>
          <p className="text-sm text-stone-700">
            Welcome, {link.displayName}. Choose a password of at least 12 characters for <strong>{link.email}</strong>: a few
            unrelated words are easy to remember and hard to guess. Any characters are fine.
          </p>
          <SetPasswordForm token={token} email={link.email} action={setPasswordAction} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{HEADINGS[link.state]}</h1>
          <p>{LINK_REFUSALS[link.state]}</p>
          <p>
            <Link prefetch={false} href="/login" className="text-blue-800 underline">
              Go to sign-in
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
