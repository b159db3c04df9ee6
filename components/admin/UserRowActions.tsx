"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import type { ActionResult } from "@/lib/web/actionResult";

type Action<T = undefined> = (state: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** Role, activation and password-reset controls for one account, each reporting its own outcome. */
export function UserRowActions({
  user,
  setRole,
  setActive,
  resetPassword,
}: {
  user: { id: string; email: string; displayName: string; role: string; active: boolean };
  setRole: Action;
  setActive: Action;
  resetPassword: Action<{ email: string; password: string | null }>;
}) {
  const [roleState, roleAction, rolePending] = useActionState(setRole, null);
  const [activeState, activeAction, activePending] = useActionState(setActive, null);
  const [resetState, resetAction, resetPending] = useActionState(resetPassword, null);
  const messages = [roleState, activeState, resetState].filter(Boolean) as ActionResult<unknown>[];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role for {user.displayName}
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
            <option value="reviewer">Reviewer</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
          <Button type="submit" variant="secondary" disabled={rolePending} aria-label={`Change role of ${user.displayName}`}>
            Change role
          </Button>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={String(!user.active)} />
          <Button type="submit" variant={user.active ? "danger" : "secondary"} disabled={activePending}>
            {user.active ? `Deactivate ${user.displayName}` : `Reactivate ${user.displayName}`}
          </Button>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" variant="secondary" disabled={resetPending}>
            Reset password of {user.displayName}
          </Button>
        </form>
      </div>
      <div aria-live="polite">
        {messages.map((m, i) =>
          m.ok ? (
            <p key={i} className="text-sm text-green-900">
              {m.message ??
                (m.data && typeof m.data === "object" && "password" in m.data
                  ? `New one-time password: ${(m.data as { password: string }).password}`
                  : "Done.")}
            </p>
          ) : (
            <p key={i} role="alert" className="text-sm text-red-800">
              {m.error}
            </p>
          ),
        )}
      </div>
    </div>
  );
}
