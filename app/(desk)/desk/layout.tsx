import { StaffShell } from "@/components/staff/StaffShell";
import { requirePageActor } from "@/lib/web/pageAccess";
import { isDemoMode } from "@/lib/demo/demoMode";
import { logout, logoutEverywhere } from "../../(auth)/actions";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("/desk");
  return (
    <StaffShell actor={actor} demo={isDemoMode()} logout={logout} logoutEverywhere={logoutEverywhere}>
      {children}
    </StaffShell>
  );
}
