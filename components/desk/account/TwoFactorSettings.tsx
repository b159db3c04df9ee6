"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("desk.twoFactorSettings");
  const [enrolment, setEnrolment] = useState<ActionResult<TwoFactorEnrolmentDto> | null>(null);
  const [starting, startTransition] = useTransition();
  const [confirmed, confirmAction, confirming] = useActionState(confirm, null);
  const [disabled, disableAction, disabling] = useActionState(() => disable(), null);
  const [replaced, replaceAction, replacing] = useActionState(() => replaceCodes(), null);

  const codesLeft = status.recoveryCodesLeft;
  const onSince = status.enabledAt
    ? t.rich("onSince", { codesLeft, time: () => <LocalTime iso={status.enabledAt!} /> })
    : t("onSinceEarlier", { codesLeft });

  const codes = confirmed?.ok ? confirmed.data.recoveryCodes : replaced?.ok ? replaced.data.recoveryCodes : null;
  if (codes) {
    return (
      <section aria-labelledby="recovery-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FormAlert tone="success">
          {confirmed?.ok ? t("nowOn") : t("newCodes")}
        </FormAlert>
        <h2 id="recovery-heading" className="text-lg font-semibold">
          {t("codesHeading")}
        </h2>
        <p className="text-sm">{t("codesText")}</p>
        <ul aria-label={t("codesList")} className="grid grid-cols-2 gap-2 font-mono text-sm">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href="/desk" className="self-start text-sm font-medium text-blue-800 underline">
          {t("continue")}
        </a>
      </section>
    );
  }

  if (!status.identityConfirmedUntil && !disabled?.ok && !enrolment?.ok) {
    return (
      <section aria-labelledby="confirm-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="confirm-heading" className="text-lg font-semibold">
          {status.enabled ? t("isOn") : t("setUp")}
        </h2>
        {status.enabled ? <p className="text-sm">{onSince}</p> : null}
        {status.required && !status.enabled ? <FormAlert tone="info">{t("required")}</FormAlert> : null}
        <ConfirmIdentityForm
          email={email}
          twoFactor={status.enabled}
          purpose={status.enabled ? "changeTwoFactor" : "setUpTwoFactor"}
          action={confirmIdentity}
        />
      </section>
    );
  }

  if (status.enabled && !disabled?.ok) {
    return (
      <section aria-labelledby="two-factor-on-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="two-factor-on-heading" className="text-lg font-semibold">
          {t("isOn")}
        </h2>
        <p className="text-sm">
          {onSince}
          {status.required ? ` ${t("requiredWhenOn")}` : null}
        </p>
        <form action={replaceAction} aria-labelledby="replace-heading" className="flex flex-col gap-3">
          <h3 id="replace-heading" className="font-medium">
            {t("replaceHeading")}
          </h3>
          <p className="text-sm">{t("replaceText")}</p>
          {replaced && !replaced.ok ? <FormAlert tone="error">{replaced.error}</FormAlert> : null}
          <Button type="submit" variant="secondary" disabled={replacing} aria-busy={replacing} className="self-start">
            {replacing ? t("replacing") : t("replace")}
          </Button>
        </form>
        <form action={disableAction} aria-labelledby="disable-heading" className="flex flex-col gap-3">
          <h3 id="disable-heading" className="font-medium">
            {t("disableHeading")}
          </h3>
          {disabled && !disabled.ok ? <FormAlert tone="error">{disabled.error}</FormAlert> : null}
          <Button type="submit" variant="danger" disabled={disabling} aria-busy={disabling} className="self-start">
            {disabling ? t("disabling") : t("disable")}
          </Button>
        </form>
      </section>
    );
  }

  const secret = enrolment?.ok ? enrolment.data : null;
  return (
    <section aria-labelledby="set-up-heading" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="set-up-heading" className="text-lg font-semibold">
        {t("setUp")}
      </h2>
      {disabled?.ok ? <FormAlert tone="success">{disabled.message}</FormAlert> : null}
      {status.required ? (
        <FormAlert tone="info">{t("required")}</FormAlert>
      ) : null}
      <p className="text-sm">{t("explain")}</p>
      {enrolment && !enrolment.ok ? <FormAlert tone="error">{enrolment.error}</FormAlert> : null}
      {!secret ? (
        <Button
          type="button"
          className="self-start"
          disabled={starting}
          aria-busy={starting}
          onClick={() => startTransition(async () => setEnrolment(await start()))}
        >
          {starting ? t("preparing") : t("setUp")}
        </Button>
      ) : (
        <>
          <ol className="flex list-decimal flex-col gap-3 ps-5 text-sm">
            <li>
              {t("scan")}
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
              <img src={secret.qrCodeDataUrl} alt={t("qrCode")} width={220} height={220} className="mt-2" />
            </li>
            <li>
              {t("typeKey")}{" "}
              <code aria-label={t("secretKey")} dir="ltr" className="rounded bg-stone-100 px-1 font-mono break-all">
                {secret.secret}
              </code>
            </li>
            <li>{t("typeCode")}</li>
          </ol>
          <form action={confirmAction} noValidate className="flex flex-col gap-3">
            {confirmed && !confirmed.ok ? <FormAlert tone="error">{confirmed.error}</FormAlert> : null}
            <TextField
              label={t("codeLabel")}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              error={confirmed && !confirmed.ok ? confirmed.fieldErrors?.code : undefined}
            />
            <Button type="submit" disabled={confirming} aria-busy={confirming} className="self-start">
              {confirming ? t("checking") : t("turnOn")}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
