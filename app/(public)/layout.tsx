import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SiteFooter } from "@/components/reader/SiteFooter";
import { isDemoMode } from "@/lib/demo/demoMode";
import { readerSiteMetadata } from "@/lib/web/siteMetadata";
import { loadOrganisation } from "./loadOrganisation";

/** Reader pages' titles end with the newsroom's name; their Open Graph tags name it and the locale. */
export async function generateMetadata(): Promise<Metadata> {
  return readerSiteMetadata(await loadOrganisation());
}

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const organisation = await loadOrganisation();
  const t = await getTranslations("common");
  return (
    // reader-shell: public pages follow the reader's light or dark preference (see globals.css).
    <div className="reader-shell flex min-h-screen flex-col bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <header className="border-b border-stone-200 bg-white print:hidden dark:border-stone-700 dark:bg-stone-900">
        <nav aria-label={t("siteNav")} className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-semibold break-words">
            {organisation.name}
          </Link>
          <Link href="/login" className="shrink-0 text-sm text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
            {t("staffSignIn")}
          </Link>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 print:p-0">
        {children}
      </main>
      <SiteFooter organisation={organisation.name} demo={isDemoMode()} />
    </div>
  );
}
