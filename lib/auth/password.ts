import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP ASVS 5.0 floor for argon2id: 19 MiB memory, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email) it still verifies against a dummy
 * hash, so a wrong email takes as long as a wrong password.
 */
export async function verifyPassword(password: string, storedHash: string | null): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}

/** A random password for a new or reset account, shown once to the admin. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
