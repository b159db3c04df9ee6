"use client";

import { useActionState, useState, useTransition } from "react";
import { ConfirmIdentityForm } from "@/components/account/ConfirmIdentityForm";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { LocalTime } from "@/components/ui/LocalTime";
import { TextField } from "@/components/ui/TextField";
import type { RecoveryCodesDto, TwoFactorEnrolmentDto, TwoFactorStatusDto } from "@/lib/services/twoFactor/twoFactorDto";
import type { ActionResult } from "@/lib/web/actionResult";

type Props = {
  email: string;
  status: TwoFactorStatusDto;
  confirmIdentity: (state: unknown, formData: FormData) => Promise<ActionResult>;
  start: () => Promise<ActionResult<TwoFactorEnrolmentDto>>;
  confirm: (state: unknown, formData: FormData) => Promise<ActionResult<RecoveryCodesDto>>;
  disable: () => Promise<ActionResult>;
  replaceCodes: () => Promise<ActionResult<RecoveryCodesDto>>;
};

/**
 * Setting up and turning off one's own two-factor sign-in, and new recovery codes: each only after the person
 * confirmed it is them a few minutes ago (a fresh sign-in counts).
 */
export function TwoFactorSettings({ email, status, confirmIdentity, start, confirm, disable, replaceCodes }: Props) {
  const [enrolment, setEnrolment] = useState<ActionResult<TwoFactorEnrolmentDto> | null>(null);
  const [starting, startTransition] = useTransition();
  const [confirmed, confirmAction, confirming] = useActionState(confirm, null);
  const [disabled, disableAction, disabling] = useActionState(() => disable(), null);
  const [replaced, replaceAction, replacing] = useActionState(() => replaceCodes(), null);

  const codes = confirmed?.ok ? confirmed.data.recoveryCodes : replaced?.ok ? replaced.data.recoveryCodes : null;
  if (codes) {
    return (
      <section aria-labelledby="recovery-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FormAlert tone="success">
          {confirmed?.ok
            ? "Two-factor sign-in is on. From now on you sign in with your password and a code from the app."
            : "Here are your new recovery codes. The old ones no longer work."}
        </FormAlert>
        <h2 id="recovery-heading" className="text-lg font-semibold">
          Your recovery codes
        </h2>
        <p className="text-sm">
          If you lose your phone, each of these codes signs you in once instead of a code from the app. Save them somewhere safe now
          (a password manager, or printed): they are not shown again.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href="/desk" className="self-start text-sm font-medium text-blue-800 underline">
          Continue to the desk
        </a>
      </section>
    );
  }

  if (!status.identityConfirmedUntil && !disabled?.ok && !enrolment?.ok) {
    return (
      <section aria-labelledby="confirm-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="confirm-heading" className="text-lg font-semibold">
          {status.enabled ? "Two-factor sign-in is on" : "Set up two-factor sign-in"}
        </h2>
        {status.enabled ? (
          <p className="text-sm">
            On since {status.enabledAt ? <LocalTime iso={status.enabledAt} /> : "earlier"}. {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
        ) : null}
        {status.required && !status.enabled ? (
          <FormAlert tone="info">Your newsroom asks everyone to use two-factor sign-in. Set it up here to carry on to the desk.</FormAlert>
        ) : null}
        <ConfirmIdentityForm
          email={email}
          twoFactor={status.enabled}
          purpose={status.enabled ? "turn it off or make new recovery codes" : "set it up"}
          action={confirmIdentity}
        />
      </section>
    );
  }

  if (status.enabled && !disabled?.ok) {
    return (
      <section aria-labelledby="two-factor-on-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="two-factor-on-heading" className="text-lg font-semibold">
          Two-factor sign-in is on
        </h2>
        <p className="text-sm">
          On since {status.enabledAt ? <LocalTime iso={status.enabledAt} /> : "earlier"}. {status.recoveryCodesLeft} of 10 recovery codes
          left.
          {status.required ? " Your newsroom requires it: if you turn it off, you will be asked to set it up again." : null}
        </p>
        <form action={replaceAction} aria-labelledby="replace-heading" className="flex flex-col gap-3">
          <h3 id="replace-heading" className="font-medium">
            New recovery codes
          </h3>
          <p className="text-sm">Ten new codes, shown once; the ones you have now stop working.</p>
          {replaced && !replaced.ok ? <FormAlert tone="error">{replaced.error}</FormAlert> : null}
          <Button type="submit" variant="secondary" disabled={replacing} aria-busy={replacing} className="self-start">
            {replacing ? "Making codes…" : "Make new recovery codes"}
          </Button>
        </form>
        <form action={disableAction} aria-labelledby="disable-heading" className="flex flex-col gap-3">
          <h3 id="disable-heading" className="font-medium">
            Turn off two-factor sign-in
          </h3>
          {disabled && !disabled.ok ? <FormAlert tone="error">{disabled.error}</FormAlert> : null}
          <Button type="submit" variant="danger" disabled={disabling} aria-busy={disabling} className="self-start">
            {disabling ? "Turning off…" : "Turn off two-factor sign-in"}
          </Button>
        </form>
      </section>
    );
  }

  const secret = enrolment?.ok ? enrolment.data : null;
  return (
    <section aria-labelledby="set-up-heading" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="set-up-heading" className="text-lg font-semibold">
        Set up two-factor sign-in
      </h2>
      {disabled?.ok ? <FormAlert tone="success">{disabled.message}</FormAlert> : null}
      {status.required ? (
        <FormAlert tone="info">Your newsroom asks everyone to use two-factor sign-in. Set it up here to carry on to the desk.</FormAlert>
      ) : null}
      <p className="text-sm">
        With two-factor sign-in, your password alone is not enough: you also type a code from an authenticator app on your phone
        (such as Google Authenticator, Microsoft Authenticator, 1Password or Aegis). The code changes every 30 seconds.
      </p>
      {enrolment && !enrolment.ok ? <FormAlert tone="error">{enrolment.error}</FormAlert> : null}
      {!secret ? (
        <Button
          type="button"
          className="self-start"
          disabled={starting}
          aria-busy={starting}
          onClick={() => startTransition(async () => setEnrolment(await start()))}
        >
          {starting ? "Preparing…" : "Set up two-factor sign-in"}
        </Button>
      ) : (
        <>
          <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm">
            <li>
              In your authenticator app, add an account and scan this QR code:
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
              <img src={secret.qrCodeDataUrl} alt="QR code to scan with your authenticator app" width={220} height={220} className="mt-2" />
            </li>
            <li>
              Cannot scan it? Type this key into the app instead:{" "}
              <code aria-label="Secret key" className="rounded bg-stone-100 px-1 font-mono break-all">
                {secret.secret}
              </code>
            </li>
            <li>Type the six-digit code the app now shows for Factdesk.</li>
          </ol>
          <form action={confirmAction} noValidate className="flex flex-col gap-3">
            {confirmed && !confirmed.ok ? <FormAlert tone="error">{confirmed.error}</FormAlert> : null}
            <TextField
              label="Code from the app"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              error={confirmed && !confirmed.ok ? confirmed.fieldErrors?.code : undefined}
            />
            <Button type="submit" disabled={confirming} aria-busy={confirming} className="self-start">
              {confirming ? "Checking…" : "Turn on two-factor sign-in"}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
