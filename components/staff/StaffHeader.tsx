import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { MAX_SEARCH_CHARACTERS } from "@/lib/domain/limits";
import { roleNames } from "./roleNames";

/** A link of the staff navigation; a badge counts what waits there, an alert says what is late. */
export type NavItem = { href: string; label: string; badge?: { text: string; description: string }; alert?: string };

/** The header of every staff page: navigation, the desk search box, who is signed in, sign-out controls and the demo notice. */
export async function StaffHeader({
  name,
  role,
  nav,
  demo,
  logout,
  logoutEverywhere,
}: {
  name: string;
  role: string;
  nav: NavItem[];
  demo: boolean;
  logout: () => Promise<void>;
  logoutEverywhere: () => Promise<void>;
}) {
  const t = await getTranslations("desk.staffHeader");
  const roles = await roleNames();
  return (
    <header className="border-b border-stone-200 bg-white">
      {demo ? (
        <p role="note" className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-950">
          {t("demoNotice")}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* Staff pages are dynamic: prefetching each link on every page view would render them all for nothing. */}
        <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <Link href="/desk" prefetch={false} className="text-lg font-semibold">
            {"Factdesk"}
          </Link>
          {nav.map((item) => (
            <Link key={item.href} href={item.href} prefetch={false} className="flex items-center gap-1 text-sm text-blue-800 underline-offset-2 hover:underline">
              {item.label}
              {item.badge ? (
                <span className="rounded-full bg-blue-100 px-1.5 text-xs font-semibold text-blue-900">
                  <span aria-hidden>{item.badge.text}</span>
                  <span className="sr-only">{t("badge", { description: item.badge.description })}</span>
                </span>
              ) : null}
              {item.alert ? <span className="rounded-full bg-red-100 px-1.5 text-xs font-semibold text-red-900">{item.alert}</span> : null}
            </Link>
          ))}
          <Link prefetch={false} href="/" className="text-sm text-blue-800 underline-offset-2 hover:underline">
            {t("publicSite")}
          </Link>
        </nav>
        <Form prefetch={false} action="/desk/search" role="search" aria-label={t("searchDesk")} className="flex items-center gap-1">
          <label htmlFor="staff-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="staff-search"
            type="search"
            name="q"
            maxLength={MAX_SEARCH_CHARACTERS}
            placeholder={t("searchLabel")}
            className="w-56 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100">
            {t("search")}
          </button>
        </Form>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span>
            {t.rich("signedInAs", { name, role: roles[role] ?? role, strong: (chunks) => <strong>{chunks}</strong> })}
          </span>
          <Link href="/desk/account" prefetch={false} className="text-blue-800 underline-offset-2 hover:underline">
            {t("account")}
          </Link>
          <form action={logout}>
            <button type="submit" className="rounded-md border border-stone-300 px-2 py-1 hover:bg-stone-100">
              {t("signOut")}
            </button>
          </form>
          <form action={logoutEverywhere}>
            <button type="submit" className="rounded-md px-2 py-1 text-blue-800 hover:underline">
              {t("signOutEverywhere")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
