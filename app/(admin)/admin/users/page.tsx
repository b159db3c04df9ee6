import { mailEnabled } from "@/lib/config";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/CreateUserForm";
import { UserRowActions } from "@/components/admin/UserRowActions";
import { LocalTime } from "@/components/ui/LocalTime";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { getServiceContext } from "@/lib/auth";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { listUsers } from "@/lib/services/users/listUsers";
import { accountState } from "@/lib/domain/accountState";
import { changeEmailAction, createUserAction, resetPasswordAction, setActiveAction, setRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const CELL = "px-3 py-2";
// Each account state's words (admin.users.states).
const STATE_KEYS = { Invited: "invited", "Waiting for a new password": "waitingForPassword", Active: "active", Deactivated: "deactivated" } as const;

export default async function UsersPage() {
  const me = await requirePageActor("/admin/users", "user:manage");
  const users = await forPage(getServiceContext().then((ctx) => listUsers(ctx)), "/admin/users");
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("admin.roles");
  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-6">
      <h1 id="users-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <CreateUserForm action={createUserAction} mail={mailEnabled()} />
      <ScrollRegion label={t("tableLabel")}>
        <table className="w-full border-collapse text-start [&_th]:text-start text-sm" aria-labelledby="users-heading">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className={CELL}>{t("name")}</th>
              <th scope="col" className={CELL}>{t("email")}</th>
              <th scope="col" className={CELL}>{t("role")}</th>
              <th scope="col" className={CELL}>{t("status")}</th>
              <th scope="col" className={CELL}>{t("lastSignIn")}</th>
              <th scope="col" className={CELL}>{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} id={`user-${user.id}`} className="border-b border-stone-200 align-top target:bg-yellow-50">
                <th scope="row" className={`${CELL} font-medium`}>{user.displayName}</th>
                <td className={`${CELL} break-all`}>{user.email}</td>
                <td className={CELL}>{roles(user.role)}</td>
                <td className={CELL}>
                  {user.active ? (
                    t(`states.${STATE_KEYS[accountState(user)]}`)
                  ) : (
                    <span className="flex flex-col gap-1">
                      <span>{t("states.deactivated")}</span>
                      <Link prefetch={false} href={`/admin/users/${user.id}/claims`} className="text-blue-800 underline">
                        {t.rich("openClaims", { name: user.displayName, hidden: (words) => <span className="sr-only">{words}</span> })}
                      </Link>
                    </span>
                  )}
                </td>
                <td className={CELL}>{user.lastLoginAt ? <LocalTime iso={user.lastLoginAt.toISOString()} /> : user.hasPassword ? t("never") : t("notYet")}</td>
                <td className={CELL}>
                  <UserRowActions
                    user={user}
                    isSelf={user.id === me.id}
                    setRole={setRoleAction}
                    setActive={setActiveAction}
                    resetPassword={resetPasswordAction}
                    changeEmail={changeEmailAction}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
