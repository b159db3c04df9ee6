import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requirePageActor } from "@/lib/web/pageAccess";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.home");
  return { title: t("title") };
}

const SECTIONS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/organisation", key: "organisation" },
  { href: "/admin/rating-scale", key: "ratingScale" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/statistics", key: "statistics" },
  { href: "/admin/outbox", key: "outbox" },
  { href: "/admin/security", key: "security" },
] as const;

export default async function AdminPage() {
  await requirePageActor("/admin", "user:manage");
  const t = await getTranslations("admin.home");
  return (
    <section aria-labelledby="admin-heading" className="flex flex-col gap-4">
      <h1 id="admin-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link prefetch={false} href={section.href} className="font-medium text-blue-900 underline-offset-2 hover:underline">
              {t(`${section.key}.title`)}
            </Link>
            <p className="text-sm text-stone-600">{t(`${section.key}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
