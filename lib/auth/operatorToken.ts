import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./secret";
import { OPERATOR_TOKEN_MAX_AGE_MS } from "@/lib/domain/limits";

// The operator's token: what `npm run db:backup` shows a running server to be handed the whole database. Only someone
// who can read the server's secret (AUTH_SECRET, or the generated `auth-secret` in its data folder) can make one, the
// same person who could open the database folder itself when the server is stopped. It is
// `<milliseconds since 1970>.<HMAC-SHA256 of that time>`, keyed with a key derived from the secret for this use alone
// (a session cookie, signed with the secret itself, can never pass for one), good for a minute and accepted once.

// The command and the server run on one machine, one clock: a token from the future is at most rounding.
const FUTURE_LEEWAY_MS = 2_000;
const KEY_LABEL = "factdesk operator token v1: database backup";

function operatorKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", KEY_LABEL, 32));
}

function signature(secret: string, stamp: string): Buffer {
  return createHmac("sha256", operatorKey(secret)).update(stamp).digest();
}

/** A token made at `now` with `secret`. */
export function signOperatorToken(secret: string, now = Date.now()): string {
  const stamp = String(Math.floor(now));
  return `${stamp}.${signature(secret, stamp).toString("base64url")}`;
}

/** Whether `token` was made with `secret` at most a minute before `now`; compared in constant time. */
export function checkOperatorToken(secret: string, token: string | null | undefined, now = Date.now()): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match) return false;
  const [, stamp, mac] = match as unknown as [string, string, string];
  const age = now - Number(stamp);
  if (age > OPERATOR_TOKEN_MAX_AGE_MS || age < -FUTURE_LEEWAY_MS) return false;
  const given = Buffer.from(mac, "base64url");
  // The 43rd character carries two bits the decoder drops: four spellings would decode to one signature, and the
  // server remembers tokens by their spelling. Only the canonical one is a token.
  if (given.toString("base64url") !== mac) return false;
  const expected = signature(secret, stamp);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A token for this installation's secret, made now (the command's side). */
export function operatorToken(): string {
  return signOperatorToken(getAuthSecret());
}

// Tokens accepted in the last minute: a token seen on its way (a proxy's log) cannot be used again. This is the one
// piece of state kept in the process, on purpose: the route serves the single process that holds an embedded database
// (on a Postgres server `db:backup` reads the database itself). Behind several instances a token would be accepted
// once per instance within its minute.
const spent = new Map<string, number>();

/** Accepts a token for this installation's secret once (the server's side). */
export function acceptOperatorToken(token: string | null | undefined, now = Date.now()): boolean {
  for (const [seen, until] of spent) if (until < now) spent.delete(seen);
  if (!token || spent.has(token) || !checkOperatorToken(getAuthSecret(), token, now)) return false;
  spent.set(token, now + OPERATOR_TOKEN_MAX_AGE_MS + FUTURE_LEEWAY_MS);
  return true;
}
