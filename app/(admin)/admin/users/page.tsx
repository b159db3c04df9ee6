import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/CreateUserForm";
import { UserRowActions } from "@/components/admin/UserRowActions";
import { getServiceContext } from "@/lib/auth";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { listUsers } from "@/lib/services/users/listUsers";
import { createUserAction, resetPasswordAction, setActiveAction, setRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePageActor("/admin/users", "user:manage");
  const users = await forPage(getServiceContext().then((ctx) => listUsers(ctx)), "/admin/users");
  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-6">
      <h1 id="users-heading" className="text-2xl font-semibold">
        Users
      </h1>
      <CreateUserForm action={createUserAction} />
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-stone-200 align-top">
              <td className="py-2 font-medium">{user.displayName}</td>
              <td>{user.email}</td>
              <td>{user.role}</td>
              <td>{user.active ? "Active" : "Deactivated"}</td>
              <td>{user.lastLoginAt ? user.lastLoginAt.toISOString().slice(0, 16).replace("T", " ") : "Never"}</td>
              <td className="py-2">
                <UserRowActions user={user} setRole={setRoleAction} setActive={setActiveAction} resetPassword={resetPasswordAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
