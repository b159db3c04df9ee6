// What a new password must be (OWASP ASVS 5.0 §6.2): long enough, any characters, no composition rules, not one that
// attackers try first, and not built on the person's own email name. Pure: the list of common passwords is passed in.

export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; the bound only keeps the hashing work of one attempt reasonable. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * The form a password is hashed and checked in: Unicode NFKC, so the same passphrase typed on another keyboard or
 * system (composed or decomposed accents, full-width letters) is the same password.
 */
export function normalisePassword(password: string): string {
  return password.normalize("NFKC");
}

/** The key a password is looked up by in the common-password list. */
export function commonPasswordKey(password: string): string {
  return normalisePassword(password).toLowerCase();
}

export type PasswordContext = {
  /** The account's email: its name before the @ may not be part of the password. */
  email: string;
  /** Common passwords, as commonPasswordKey gives them. */
  commonPasswords: ReadonlySet<string>;
};

/** Why a new password is refused, in words for the person choosing it, or null when it is fine. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const normalised = normalisePassword(password);
  // Characters as people count them (code points), not UTF-16 units.
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}). A few unrelated words make a good password.`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (!normalised.trim()) return "Use some characters other than spaces.";
  const lowered = normalised.toLowerCase();
  if (context.commonPasswords.has(lowered)) {
    return "This password is on a list of common passwords that attackers try first. Choose something less predictable.";
  }
  const emailName = (context.email.split("@")[0] ?? "").normalize("NFKC").toLowerCase();
  if (emailName.length >= 3 && lowered.includes(emailName)) {
    return `Don't use your email name ("${emailName}") in your password: it is the first thing an attacker would try.`;
  }
  return null;
}
