/** What is held back: an account's password attempts, its second-factor codes, an address or a browser. */
export type ThrottleKind = "account" | "code" | "address" | "device";

/** One sign-in throttle an admin may see and lift. */
export type ThrottleDto = {
  key: string;
  kind: ThrottleKind;
  /** The e-mail address, the address tried from, or the person whose codes are held back; null for a browser (never
   * named) and for the codes of a deleted account. */
  subject: string | null;
  /** The person the key is about, when it names an account. */
  personName: string | null;
  failures: number;
  /** Until when the next attempt waits; null when it need not wait now. */
  heldUntil: string | null;
  lastAttemptAt: string;
};
