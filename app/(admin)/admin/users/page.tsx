import { mailEnabled } from "@/lib/config";
import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Users" };

const CELL = "px-3 py-2";
const ROLE_NAMES = { admin: "Admin", editor: "Editor", reviewer: "Reviewer" } as const;

export default async function UsersPage() {
  const me = await requirePageActor("/admin/users", "user:manage");
  const users = await forPage(getServiceContext().then((ctx) => listUsers(ctx)), "/admin/users");
  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-6">
      <h1 id="users-heading" className="text-2xl font-semibold">
        Users
      </h1>
      <CreateUserForm action={createUserAction} mail={mailEnabled()} />
      <ScrollRegion label="Users table">
        <table className="w-full border-collapse text-left text-sm" aria-labelledby="users-heading">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className={CELL}>Name</th>
              <th scope="col" className={CELL}>Email</th>
              <th scope="col" className={CELL}>Role</th>
              <th scope="col" className={CELL}>Status</th>
              <th scope="col" className={CELL}>Last sign-in</th>
              <th scope="col" className={CELL}>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} id={`user-${user.id}`} className="border-b border-stone-200 align-top target:bg-yellow-50">
                <th scope="row" className={`${CELL} font-medium`}>{user.displayName}</th>
                <td className={`${CELL} break-all`}>{user.email}</td>
                <td className={CELL}>{ROLE_NAMES[user.role]}</td>
                <td className={CELL}>
                  {user.active ? (
                    accountState(user)
                  ) : (
                    <span className="flex flex-col gap-1">
                      <span>Deactivated</span>
                      <Link prefetch={false} href={`/admin/users/${user.id}/claims`} className="text-blue-800 underline">
                        Open claims<span className="sr-only"> of {user.displayName}</span>
                      </Link>
                    </span>
                  )}
                </td>
                <td className={CELL}>{user.lastLoginAt ? <LocalTime iso={user.lastLoginAt.toISOString()} /> : user.hasPassword ? "Never" : "Not yet"}</td>
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
