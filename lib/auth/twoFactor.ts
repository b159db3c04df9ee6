import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { getAuthSecret } from "./secret";

// Two-factor sign-in with time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps, what every
// authenticator app reads), single-use recovery codes, and the signed cookie that marks a known device.

export const TOTP_ISSUER = "Factdesk";
const PERIOD_SECONDS = 30;
/** Codes one step either side of now are accepted (a phone's clock drifts; people type slowly). */
const WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", getAuthSecret(), "factdesk", purpose, 32));
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = "") {
  return new TOTP({ issuer: TOTP_ISSUER, label, secret: Secret.fromBase32(secretBase32), algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS });
}

/** The otpauth:// address a QR code carries, naming the newsroom and the account. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

/** The code an authenticator shows at `timestamp` (tests, and nothing else, need this). */
export function totpCodeAt(secretBase32: string, timestamp: number): string {
  return totp(secretBase32).generate({ timestamp });
}

/**
 * The time step a code belongs to, when it is right for this secret within ±1 step of `now`; null otherwise. The
 * caller must still refuse a step at or before the last one accepted (a replayed code).
 */
export function matchingTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now, window: WINDOW_STEPS });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: now }) + delta;
}

// The secret is kept encrypted (AES-256-GCM, key derived from AUTH_SECRET), so a copy of the database alone does
// not give away anyone's second factor. Changing AUTH_SECRET means everyone enrols again.

export function encryptTotpSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("totp-secret"), iv);
  const body = Buffer.concat([cipher.update(secretBase32, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The secret, or null when it cannot be decrypted (AUTH_SECRET changed): the account must enrol again. */
export function decryptTotpSecret(stored: string): string | null {
  const [version, payload] = stored.split(".");
  if (version !== "v1" || !payload) return null;
  const raw = Buffer.from(payload, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("totp-secret"), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten new recovery codes like `k7mq2-x9dpa` (50 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Whether typed text has the shape of a recovery code (rather than a six-digit code). */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(input));
}

function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]+/g, "");
}

/** What the database keeps of a recovery code (codes are random, so a plain SHA-256 is enough). */
export function hashRecoveryCode(code: string): string {
  return hashToken(normalizeRecoveryCode(code));
}

/** What the database keeps of a random one-time token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A random token for a one-time step (the sign-in challenge). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

// A known device: after a successful sign-in the browser keeps `<userId>.<deviceId>.<signature>`; the right
// password from it is not held up by the delays other people's failures put on the account.

export const DEVICE_COOKIE = "factdesk-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

function deviceSignature(userId: string, deviceId: string): string {
  return createHmac("sha256", derivedKey("device-cookie")).update(`${userId}.${deviceId}`).digest("base64url");
}

export function signDeviceCookie(userId: string, deviceId: string): string {
  return `${userId}.${deviceId}.${deviceSignature(userId, deviceId)}`;
}

/** The device id, when the cookie is genuine and belongs to this account; null otherwise. */
export function knownDeviceId(cookie: string | null | undefined, userId: string): string | null {
  const [owner, deviceId, signature] = (cookie ?? "").split(".");
  if (!owner || !deviceId || !signature || owner !== userId) return null;
  const expected = Buffer.from(deviceSignature(owner, deviceId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
}
