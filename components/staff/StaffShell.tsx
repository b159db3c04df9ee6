import { StaffHeader } from "./StaffHeader";

type Props = {
  actor: { displayName: string; role: string };
  demo: boolean;
  logout: () => Promise<void>;
  logoutEverywhere: () => Promise<void>;
  children: React.ReactNode;
};

/** Layout of the desk and admin areas; admins also see the admin link. */
export function StaffShell({ actor, demo, logout, logoutEverywhere, children }: Props) {
  const nav = [{ href: "/desk", label: "Desk" }];
  if (actor.role === "admin") nav.push({ href: "/admin", label: "Admin" });
  return (
    <>
      <StaffHeader name={actor.displayName} role={actor.role} nav={nav} demo={demo} logout={logout} logoutEverywhere={logoutEverywhere} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
