/** What the sign-in form says for each way a sign-in can fail (a wait says how long: see lib/domain/signInDelays). */
export const SIGN_IN_MESSAGES = {
  invalid: "That email and password do not match an active account.",
  busy: "Many people are signing in right now. Please try again in a moment.",
  code: "That code did not work. Codes change every 30 seconds and each works once; try the newest one, or a recovery code.",
  expired: "Signing in took too long or too many codes were tried. Enter your email and password again.",
} as const;
