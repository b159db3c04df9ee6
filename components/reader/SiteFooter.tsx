import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The foot of every public page: who publishes, where to learn more and read corrections, and the demo warning. */
export async function SiteFooter({ organisation, demo }: { organisation: string; demo: boolean }) {
  const t = await getTranslations("common.footer");
  return (
    <footer className="border-t border-stone-200 bg-white print:hidden dark:border-stone-700 dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-stone-700 dark:text-stone-300">
        {demo ? (
          <p className="rounded-md border border-amber-600 bg-amber-50 p-3 text-stone-900 dark:border-amber-400 dark:bg-stone-950 dark:text-stone-100">
            <strong className="font-semibold">{t("demoTitle")}</strong> {t("demoText")}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <p>{organisation}</p>
          <nav aria-label={t("nav")}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              <li>
                <Link href="/about" className="text-blue-800 underline dark:text-blue-300">
                  {t("about")}
                </Link>
              </li>
              <li>
                <Link href="/corrections" className="text-blue-800 underline dark:text-blue-300">
                  {t("corrections")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
