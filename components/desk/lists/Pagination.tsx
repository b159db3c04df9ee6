import Link from "next/link";

/** Previous / next links and "Page 2 of 5" under a list; nothing when everything fits on one page. */
export function Pagination({ label, page, pageCount, href }: { label: string; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1 && page <= 1) return null;
  const link = "text-blue-800 underline-offset-2 hover:underline";
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className={link}>
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
