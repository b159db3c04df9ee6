import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { StaffShell } from "@/components/staff/StaffShell";
import { getServiceContext, mustEnrolTwoFactor } from "@/lib/auth";
import { roleCan } from "@/lib/auth/permissions";
import { getStaffCounts } from "@/lib/services/staff/getStaffCounts";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { isDemoMode } from "@/lib/demo/demoMode";
import { logout, logoutEverywhere } from "../../(auth)/actions";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("/desk");
  // Until two-factor sign-in is set up (when the newsroom requires it), the desk's counts are not theirs to see.
  const counts = (await mustEnrolTwoFactor())
    ? { myOpenClaims: 0, myOverdueClaims: 0, unreadNotifications: 0 }
    : await forPage(getServiceContext().then((ctx) => getStaffCounts(ctx)), "/desk");
  // The desk's client components take their words from every area's messages (the root layout passes only common's).
  return (
    <StaffShell actor={actor} counts={counts} demo={isDemoMode()} statistics={roleCan(actor.role, "statistics:read")} logout={logout} logoutEverywhere={logoutEverywhere}>
      {/* The desk's client components get every area's messages (the root layout hands out only the common ones). */}
      <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>
    </StaffShell>
  );
}
