import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { StaffShell } from "@/components/staff/StaffShell";
import { getServiceContext } from "@/lib/auth";
import { roleCan } from "@/lib/auth/permissions";
import { getStaffCounts } from "@/lib/services/staff/getStaffCounts";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { isDemoMode } from "@/lib/demo/demoMode";
import { logout, logoutEverywhere } from "../../(auth)/actions";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("/admin", "user:manage");
  const counts = await forPage(getServiceContext().then((ctx) => getStaffCounts(ctx)), "/admin");
  // The shell's and the pages' client components get every message (the root layout passes only `common`).
  return (
    <NextIntlClientProvider messages={await getMessages()}>
      <StaffShell actor={actor} counts={counts} demo={isDemoMode()} statistics={roleCan(actor.role, "statistics:read")} logout={logout} logoutEverywhere={logoutEverywhere}>
        {children}
      </StaffShell>
    </NextIntlClientProvider>
  );
}
