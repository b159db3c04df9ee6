import { getTranslations } from "next-intl/server";
import { LiveUpdates } from "./LiveUpdates";
import { StaffHeader, type NavItem } from "./StaffHeader";

type Counts = { myOpenClaims: number; myOverdueClaims: number; unreadNotifications: number };

type Props = {
  actor: { id: string; displayName: string; role: string };
  counts: Counts;
  demo: boolean;
  /** Whether to offer the newsroom's statistics (admins and editors). */
  statistics?: boolean;
  logout: () => Promise<void>;
  logoutEverywhere: () => Promise<void>;
  children: React.ReactNode;
};

/** Layout of the desk and admin areas: navigation with what waits for the staff member; admins also see Admin. */
export async function StaffShell({ actor, counts, demo, statistics = false, logout, logoutEverywhere, children }: Props) {
  const t = await getTranslations("desk.staffNav");
  const nav: NavItem[] = [
    { href: "/desk", label: t("desk") },
    {
      href: "/desk/my-claims",
      label: t("myClaims"),
      badge: counts.myOpenClaims ? { text: String(counts.myOpenClaims), description: t("waitingForYou", { count: counts.myOpenClaims }) } : undefined,
      alert: counts.myOverdueClaims ? t("overdue", { count: counts.myOverdueClaims }) : undefined,
    },
    {
      href: "/desk/notifications",
      label: t("notifications"),
      badge: counts.unreadNotifications
        ? { text: String(counts.unreadNotifications), description: t("unread", { count: counts.unreadNotifications }) }
        : undefined,
    },
    { href: "/desk/archive", label: t("archive") },
  ];
  if (statistics) nav.push({ href: "/admin/statistics", label: t("statistics") });
  if (actor.role === "admin") nav.push({ href: "/admin", label: t("admin") });
  // The page follows others' changes as they happen (LiveUpdates.tsx); without JavaScript it is the same page.
  return (
    <LiveUpdates viewerId={actor.id}>
      <StaffHeader name={actor.displayName} role={actor.role} nav={nav} demo={demo} logout={logout} logoutEverywhere={logoutEverywhere} />
      <main id="main" className="staff-palette mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </LiveUpdates>
  );
}
