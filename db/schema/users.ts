// Staff accounts, their set-password links and their sessions.
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const roleEnum = pgEnum("role", ["admin", "editor", "reviewer"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: roleEnum("role").notNull(),
    active: boolean("active").notNull().default(true),
    /** Null until the person chooses a password through their set-password link (and again after a reset). */
    passwordHash: text("password_hash"),
    /** Bumped to end every session of this user (sign out everywhere, deactivation, reset, a password set by link). */
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** The interface language they picked (lib/domain/interfaceLanguages.ts); null: their browser's, else the newsroom's. */
    interfaceLanguage: text("interface_language"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`), index("users_role_idx").on(t.role)],
);

/**
 * A one-time link to choose a password (an invitation or a reset), valid for a day. Only the SHA-256 hash of its
 * random token is kept; using it, or issuing a newer link for the same person, ends it.
 */
export const passwordLinks = pgTable(
  "password_links",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer link for the same person replaced this one. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("password_links_token_hash_idx").on(t.tokenHash), index("password_links_user_idx").on(t.userId)],
);

/** One row per sign-in: the session cookie names it, and signing out revokes it (a copied cookie stops working). */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** When the person last confirmed it was them (password, and code if enrolled) in this session. */
    reauthenticatedAt: timestamp("reauthenticated_at", { withTimezone: true }),
    userAgent: text("user_agent").notNull().default(""),
    ipAddress: text("ip_address"),
  },
  (t) => [index("sessions_user_created_idx").on(t.userId, t.createdAt), index("sessions_expires_at_idx").on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;

export type Session = typeof sessions.$inferSelect;

export type Role = (typeof roleEnum.enumValues)[number];
