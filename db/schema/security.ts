// Sign-in throttling and challenges, second factors, and the newsroom's security settings.
import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./users";

/**
 * Sign-in throttling, one row per key (`account:<email>`, `address:<ip>`, `device:<id>`): failures since the last
 * success, and the time before which the key's next attempt is refused. An attempt reserves itself on this row
 * (an atomic upsert) before the password is checked, so parallel guesses cannot slip past the count.
 */
export const signInThrottles = pgTable(
  "sign_in_throttles",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull().defaultNow(),
    /** When the current count began: it starts again a day later, however busy the key has been since. */
    countingSince: timestamp("counting_since", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  // The occasional clean-up of rows untouched for a day reads this index.
  (t) => [index("sign_in_throttles_updated_at_idx").on(t.updatedAt)],
);

/**
 * The short-lived step between a checked password and a session: the sign-in form holds the token, the database
 * only its hash. Used once; a second factor, when the account has one, must come with it.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The device cookie's id when the password came from a known device (or a new id for a new one). */
    deviceId: uuid("device_id").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_challenges_user_idx").on(t.userId), index("sign_in_challenges_expires_at_idx").on(t.expiresAt)],
);

/**
 * A staff member's authenticator (TOTP): the secret encrypted with a key derived from AUTH_SECRET. `enabledAt` is
 * null while enrolment waits for its first code. `lastStep` is the last time step a code was accepted for, so a
 * code is never accepted twice.
 */
export const userTwoFactor = pgTable("user_two_factor", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  enabledAt: timestamp("enabled_at", { withTimezone: true }),
  lastStep: bigint("last_step", { mode: "number" }).notNull().default(0),
  createdAt: createdAt(),
});

/** Single-use recovery codes, stored as hashes; `usedAt` marks a spent one. */
export const twoFactorRecoveryCodes = pgTable(
  "two_factor_recovery_codes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("two_factor_recovery_codes_user_hash_idx").on(t.userId, t.codeHash)],
);

/** One row of newsroom-wide security settings. */
export const securitySettings = pgTable(
  "security_settings",
  {
    id: integer("id").primaryKey().default(1),
    /** Staff without two-factor sign-in are sent to set it up before they can use the desk. */
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    updatedAt: updatedAt(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [check("security_settings_single_row", sql`${t.id} = 1`), index("security_settings_updated_by_idx").on(t.updatedBy)],
);
