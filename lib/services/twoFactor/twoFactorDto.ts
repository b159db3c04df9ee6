/** One's own two-factor sign-in, as the account page shows it. */
export type TwoFactorStatusDto = {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  /** The newsroom requires two-factor sign-in of all staff. */
  required: boolean;
  /** Until when this session may turn it on or off, or make new recovery codes, without confirming it is them (ISO). */
  identityConfirmedUntil: string | null;
};

/** What the set-up page shows once: the QR code, and the same secret as text for typing in. */
export type TwoFactorEnrolmentDto = { secret: string; otpauthUri: string; qrCodeDataUrl: string };

/** Shown once, right after two-factor sign-in is turned on. */
export type RecoveryCodesDto = { recoveryCodes: string[] };

/** The admin's view: whether two-factor sign-in is required, and who has it. */
export type TwoFactorOverviewDto = {
  required: boolean;
  members: { id: string; displayName: string; email: string; role: string; active: boolean; enabledAt: string | null }[];
};
