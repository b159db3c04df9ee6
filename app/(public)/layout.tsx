import Link from "next/link";
import { getReaderContext } from "@/lib/core/database";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { forPage } from "@/lib/web/pageAccess";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const organisation = await forPage(getReaderContext().then((ctx) => getOrganisation(ctx)));
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav aria-label="Site" className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-semibold">
            {organisation.name}
          </Link>
          <Link href="/login" className="text-sm text-blue-800 underline-offset-2 hover:underline">
            Staff sign in
          </Link>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
