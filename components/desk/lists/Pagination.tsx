import { useTranslations } from "next-intl";
import Link from "next/link";

type Props = { label: string; page: number; pageCount: number; href: (page: number) => string; dark?: boolean };

/**
 * Previous / next links and "Page 2 of 5" under a list; nothing when everything fits on one page. `dark`: the links
 * also follow a reader's dark colour scheme (public pages; staff pages are light only).
 */
export function Pagination({ label, page, pageCount, href, dark = false }: Props) {
  const t = useTranslations("desk.pagination");
  if (pageCount <= 1 && page <= 1) return null;
  const link = `text-blue-800 underline-offset-2 hover:underline${dark ? " dark:text-blue-200" : ""}`;
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link prefetch={false} href={href(Math.min(page - 1, pageCount))} className={link}>
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link prefetch={false} href={href(page + 1)} className={link}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
