import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { normalisePassword } from "@/lib/domain/passwordPolicy";

// OWASP ASVS 5.0 floor for argon2id: 19 MiB memory, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/** At most this many argon2 computations run at once in this process (each takes ~19 MiB and a core for a while). */
export const MAX_CONCURRENT_HASHING = 4;
/** Beyond this many waiting, a password check is refused at once rather than queued (a flood, not people). */
export const MAX_WAITING_HASHING = 32;

/** Thrown when too many password checks are already waiting: the sign-in form asks to try again shortly. */
export class PasswordHashingBusyError extends Error {
  constructor() {
    super("Too many sign-ins at once; try again in a moment.");
  }
}

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` under the process-wide cap on concurrent hashing; throws PasswordHashingBusyError when the queue is full. */
async function withHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHING) {
    if (waiting.length >= MAX_WAITING_HASHING) throw new PasswordHashingBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** How many hashing computations run right now (for tests of the cap). */
export function hashingInFlight(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

/** Hashes a password with argon2id, in its normalised (NFKC) form. */
export function hashPassword(password: string): Promise<string> {
  return withHashingSlot(() => hash(normalisePassword(password), ARGON2_OPTIONS));
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or no password chosen yet) it still
 * verifies against a dummy hash, so a wrong email takes as long as a wrong password. Throws PasswordHashingBusyError
 * under a flood.
 */
export async function verifyPassword(password: string, storedHash: string | null): Promise<boolean> {
  dummyHash ??= hash(randomBytes(16).toString("hex"), ARGON2_OPTIONS);
  const target = storedHash ?? (await dummyHash);
  return withHashingSlot(async () => {
    try {
      // Hashes are made from the NFKC form; for ASCII (every password set before normalising) the two are the same.
      const ok = await verify(target, normalisePassword(password));
      return ok && storedHash !== null;
    } catch {
      return false;
    }
  });
}
