"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";
import { PasswordLinkNotice } from "./PasswordLinkNotice";

type Action<T = undefined> = (state: unknown, formData: FormData) => Promise<ActionResult<T>>;
type Issued = { email: string; url: string | null; expiresAt: string };
type Row = { id: string; email: string; displayName: string; role: string; active: boolean };

/**
 * Role, e-mail, activation and password-reset controls for one account, each reporting its own outcome. On the
 * admin's own row there is no Deactivate (the service refuses it anyway).
 */
export function UserRowActions({
  user,
  isSelf,
  setRole,
  setActive,
  resetPassword,
  changeEmail,
}: {
  user: Row;
  isSelf: boolean;
  setRole: Action;
  setActive: Action;
  resetPassword: Action<Issued>;
  changeEmail: Action;
}) {
  const t = useTranslations("admin.userRow");
  const roles = useTranslations("admin.roles");
  const name = user.displayName;
  const [roleState, roleAction, rolePending] = useActionState(setRole, null);
  const [emailState, emailAction, emailPending] = useActionState(changeEmail, null);
  const [editingEmail, setEditingEmail] = useState(false);
  const [activeState, activeAction, activePending] = useActionState(setActive, null);
  const [resetState, resetAction, resetPending] = useActionState(resetPassword, null);
  const [confirming, setConfirming] = useState(false);
  // A new link shows as its own notice, below; everything else as a line of text.
  const messages = [roleState, emailState, activeState, resetState?.ok ? null : resetState].filter(Boolean) as ActionResult<unknown>[];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {/* Keyed by the role the server holds: after a change the drop-down starts again from the saved role. */}
        <form key={user.role} action={roleAction} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            {t("roleFor", { name })}
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
            <option value="reviewer">{roles("reviewer")}</option>
            <option value="editor">{roles("editor")}</option>
            <option value="admin">{roles("admin")}</option>
          </select>
          <Button type="submit" variant="secondary" disabled={rolePending} aria-label={t("changeRoleOf", { name })}>
            {t("changeRole")}
          </Button>
        </form>
        {!editingEmail ? (
          <Button type="button" variant="secondary" onClick={() => setEditingEmail(true)}>
            {t("changeEmail", { name })}
          </Button>
        ) : null}
        {user.active && !confirming && !isSelf ? (
          <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
            {t("deactivate", { name })}
          </Button>
        ) : null}
        {!user.active ? (
          <form action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value="true" />
            <Button type="submit" variant="secondary" disabled={activePending}>
              {t("reactivate", { name })}
            </Button>
          </form>
        ) : null}
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" variant="secondary" disabled={resetPending}>
            {t("resetPassword", { name })}
          </Button>
        </form>
      </div>
      {editingEmail ? (
        <form
          key={user.email}
          action={emailAction}
          aria-label={t("emailForm", { name })}
          className="flex flex-wrap items-end gap-2"
        >
          <input type="hidden" name="userId" value={user.id} />
          <TextField
            label={t("newEmail", { name })}
            name="email"
            type="email"
            required
            defaultValue={user.email}
            autoComplete="off"
            hint={t("newEmailHint")}
          />
          <Button type="submit" disabled={emailPending}>
            {t("saveEmail")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setEditingEmail(false)}>
            {t("cancel")}
          </Button>
        </form>
      ) : null}
      {user.active && confirming && !isSelf ? (
        <form
          action={(formData) => {
            setConfirming(false);
            activeAction(formData);
          }}
          role="group"
          aria-label={t("confirmLabel", { name })}
          className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950"
        >
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value="false" />
          <p>{t("confirmText", { name })}</p>
          <Button type="submit" variant="danger" disabled={activePending}>
            {t("confirm", { name })}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </form>
      ) : null}
      <div aria-live="polite" className="flex flex-col gap-1">
        {resetState?.ok ? <PasswordLinkNotice link={resetState.data} /> : null}
        {messages.map((m, i) =>
          m.ok ? (
            <p key={i} className="text-sm text-green-900">
              {m.message ?? t("done")}
            </p>
          ) : (
            <p key={i} role="alert" className="text-sm text-red-800">
              {m.error}
            </p>
          ),
        )}
        {!user.active && activeState?.ok ? (
          <Link prefetch={false} href={`/admin/users/${user.id}/claims`} className="text-sm text-blue-800 underline">
            {t("handOn", { name })}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
