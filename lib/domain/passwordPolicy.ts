import type { NamedWords } from "./translate";

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

/** zxcvbn's score of a password (0 to 4: under 10^3, 10^6, 10^8, 10^10 guesses, or more) and its warning, if any. */
export type PasswordStrength = (password: string, userInputs: readonly string[]) => { score: number; warning: string | null };

/**
 * The least zxcvbn score a new password needs: 3, over 10^8 guesses, which at argon2id's cost is years of one
 * machine's work. Length alone is not enough ("aaaaaaaaaaaa", "iloveyou1234" are 12 characters).
 */
export const MIN_PASSWORD_SCORE = 3;

/** Why a password is refused, as words of the errors catalog. */
export type PasswordProblem = NamedWords<
  "passwordTooShort" | "useAtMostCharacters" | "passwordOnlySpaces" | "passwordCommon" | "passwordHasEmailName" | "passwordControlCharacters" | "passwordGuessable" | "passwordGuessableBecause"
>;

export type PasswordContext = {
  /** The account's email: its name before the @ may not be part of the password. */
  email: string;
  /** Common passwords, as commonPasswordKey gives them. */
  commonPasswords: ReadonlySet<string>;
  /** How hard the password is to guess (lib/auth/passwordStrength.ts). */
  strength: PasswordStrength;
};

/** Why a new password is refused: words for the person choosing it (the errors catalog's), or null when it is fine. */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  const normalised = normalisePassword(password);
  // Characters as people count them (code points), not UTF-16 units.
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH) return { key: "passwordTooShort", values: { min: MIN_PASSWORD_LENGTH, length } };
  if (length > MAX_PASSWORD_LENGTH) return { key: "useAtMostCharacters", values: { max: String(MAX_PASSWORD_LENGTH) } };
  if (!normalised.trim()) return { key: "passwordOnlySpaces" };
  const lowered = normalised.toLowerCase();
  if (context.commonPasswords.has(lowered)) return { key: "passwordCommon" };
  const emailName = (context.email.split("@")[0] ?? "").normalize("NFKC").toLowerCase();
  if (emailName.length >= 3 && lowered.includes(emailName)) return { key: "passwordHasEmailName", values: { name: emailName } };
  // Control characters (a NUL, a line break) cannot be typed reliably on another device.
  if (/\p{Cc}/u.test(normalised)) return { key: "passwordControlCharacters" };
  const { score, warning } = context.strength(normalised, [emailName]);
  // zxcvbn's warning is English: other languages leave it out.
  if (score < MIN_PASSWORD_SCORE) return warning ? { key: "passwordGuessableBecause", values: { warning } } : { key: "passwordGuessable" };
  return null;
}
