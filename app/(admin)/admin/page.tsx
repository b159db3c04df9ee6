import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/web/pageAccess";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  { href: "/admin/users", title: "Users", text: "Create accounts, change roles, deactivate and reset passwords." },
  { href: "/admin/organisation", title: "Organisation", text: "Your newsroom's name, website, logo, contact details, methodology and corrections policy." },
  { href: "/admin/rating-scale", title: "Rating scale", text: "The verdicts reviewers choose from: names, colours, descriptions and order." },
  { href: "/admin/audit", title: "Audit log", text: "Who changed what and when, filtered by action, item, person or dates; download it as CSV." },
  { href: "/admin/statistics", title: "Statistics", text: "Verdicts, claims checked per week, time to approval and each reviewer's open claims." },
  { href: "/admin/outbox", title: "Outbox", text: "Mail waiting to go out or given up, with the mail server's answer; send one again." },
  { href: "/admin/security", title: "Sign-in security", text: "Require two-factor sign-in of all staff, and reset it for someone who lost their phone." },
];

export default async function AdminPage() {
  await requirePageActor("/admin", "user:manage");
  return (
    <section aria-labelledby="admin-heading" className="flex flex-col gap-4">
      <h1 id="admin-heading" className="text-2xl font-semibold">
        Admin
      </h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link prefetch={false} href={section.href} className="font-medium text-blue-900 underline-offset-2 hover:underline">
              {section.title}
            </Link>
            <p className="text-sm text-stone-600">{section.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
