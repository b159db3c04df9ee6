import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { clientNetwork } from "@/lib/domain/clientNetwork";
import { normalisePassword } from "@/lib/domain/passwordPolicy";

// OWASP ASVS 5.0 floor for argon2id: 19 MiB memory, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most this many argon2 computations run at once in this process (each takes ~19 MiB and a core for a while): one
 * per core, at least 2, so a hash takes its normal time and more of them only wait.
 */
export const MAX_CONCURRENT_HASHING = Math.min(8, Math.max(2, availableParallelism()));
/**
 * Beyond this many waiting, a password check is refused at once rather than queued (a flood, not people): with one
 * hash of ~50-100 ms per core, the last in line waits about half a second, not the tens of seconds a long queue costs.
 */
export const MAX_WAITING_HASHING = 4 * MAX_CONCURRENT_HASHING;

/** Thrown when too many password checks are already waiting: the sign-in form asks to try again shortly. */
export class PasswordHashingBusyError extends Error {
  constructor() {
    super("Too many sign-ins at once; try again in a moment.");
  }
}

/** Who asks for a password check: their address, and whether they come from a device the account knows. */
export type HashingClient = { address?: string | null; knownDevice?: boolean };

type Waiter = { address: string; admit: () => void; refuse: (error: Error) => void };

let running = 0;
const waiting: Waiter[] = [];
/** Waiting checks from browsers the account signed in on before (a signed device cookie): served first. */
const waitingKnown: Waiter[] = [];

/**
 * A place in the full queue for a check from `address`: taken from the address holding the most places (its newest
 * check is refused as busy), when that is more than `address` would then hold. So one address flooding the queue
 * cannot keep others out, while an office behind one address still queues all its colleagues when nobody floods.
 */
function makeRoom(queue: Waiter[], address: string): boolean {
  const held = new Map<string, number>();
  for (const waiter of queue) held.set(waiter.address, (held.get(waiter.address) ?? 0) + 1);
  let greediest: string | null = null;
  for (const [candidate, count] of held) if (count > (held.get(greediest ?? "") ?? 0)) greediest = candidate;
  if (greediest === null || greediest === address || (held.get(greediest) ?? 0) <= (held.get(address) ?? 0) + 1) return false;
  const index = queue.findLastIndex((waiter) => waiter.address === greediest);
  queue.splice(index, 1)[0]!.refuse(new PasswordHashingBusyError());
  return true;
}

/**
 * Runs `work` under the process-wide cap on concurrent hashing; throws PasswordHashingBusyError when the queue is full
 * (and no address holds more than its share of it). A known device has a short queue of its own, served first, so
 * staff signing in from their usual browser get through a flood of strangers.
 */
async function withHashingSlot<T>(work: () => Promise<T>, client: HashingClient = {}): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHING) {
    const queue = client.knownDevice ? waitingKnown : waiting;
    const room = client.knownDevice ? MAX_CONCURRENT_HASHING : MAX_WAITING_HASHING;
    // Shared out by network: an IPv6 client holds a whole /64 of addresses.
    const address = clientNetwork(client.address ?? "");
    if (queue.length >= room && !makeRoom(queue, address)) throw new PasswordHashingBusyError();
    await new Promise<void>((admit, refuse) => queue.push({ address, admit, refuse }));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = waitingKnown.shift() ?? waiting.shift();
    if (next) next.admit();
    else running -= 1;
  }
}

/** How many hashing computations run right now, and wait (for tests of the caps). */
export function hashingInFlight(): { running: number; waiting: number } {
  return { running, waiting: waiting.length + waitingKnown.length };
}

/** Hashes a password with argon2id, in its normalised (NFKC) form. */
export function hashPassword(password: string): Promise<string> {
  return withHashingSlot(() => hash(normalisePassword(password), ARGON2_OPTIONS));
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or no password chosen yet) it still
 * verifies against a dummy hash, so a wrong email takes as long as a wrong password. Throws PasswordHashingBusyError
 * under a flood, or when the client's address has too many checks in progress already.
 */
export async function verifyPassword(password: string, storedHash: string | null, client?: HashingClient): Promise<boolean> {
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
  }, client);
}
