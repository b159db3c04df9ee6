import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { passwordLinks, users, type User } from "@/db/schema";
import type { Queryable, Tx } from "@/db/client";
import { mailEnabled } from "@/lib/config";
import type { MailPayload } from "../mail/mailPayloads";
import { enqueue } from "../outbox/outbox";
import type { PasswordLinkDto, PasswordLinkStateDto } from "./passwordLinkDto";

/** How long a set-password link works. */
export const PASSWORD_LINK_HOURS = 24;

/** The only form of a token the database keeps. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a new link for the user (256 random bits), ending every earlier unused one, inside the caller's
 * transaction. When mail is set up, the link is also written to the outbox, to be mailed to them: an invitation
 * if they have never used a link, else a reset. Returns the token to show once (when it is not mailed).
 */
export async function issuePasswordLink(db: Tx, userId: string, createdBy: string | null): Promise<PasswordLinkDto> {
  const now = new Date();
  await endUnusedLinks(db, userId, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
  const [link] = await db.insert(passwordLinks).values({ userId, tokenHash: hashLinkToken(token), createdBy, expiresAt }).returning({ id: passwordLinks.id });
  if (!mailEnabled()) return { token, expiresAt, mailed: false };
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  const [used] = await db
    .select({ id: passwordLinks.id })
    .from(passwordLinks)
    .where(and(eq(passwordLinks.userId, userId), isNotNull(passwordLinks.usedAt)))
    .limit(1);
  const payload: MailPayload = { type: "password_link", userId, token, purpose: used ? "reset" : "invitation" };
  await enqueue(db, [{ topic: "mail", dedupeKey: `password_link:${link!.id}`, payload, recipient: user?.email ?? null }]);
  return { token, expiresAt, mailed: true };
}

/**
 * Ends the user's unused links (they read as "replaced"): a newer link, an address changed (the links went to the old
 * one), an account deactivated (reactivating it must not bring them back).
 */
export async function endUnusedLinks(db: Queryable, userId: string, now = new Date()): Promise<void> {
  await db
    .update(passwordLinks)
    .set({ replacedAt: now })
    .where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt), isNull(passwordLinks.replacedAt)));
}

type LinkRow = typeof passwordLinks.$inferSelect;

/** Whether a link still works, and if not, why. */
export function linkState(link: LinkRow | undefined, user: Pick<User, "active"> | undefined, now = new Date()): PasswordLinkStateDto["state"] {
  if (!link || !user?.active) return "unknown";
  if (link.usedAt) return "used";
  if (link.replacedAt) return "replaced";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** A token that cannot be one of ours (wrong shape) is looked up no further. */
export function plausibleToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The link a token names, with its user. */
export async function findLink(db: Queryable, token: string) {
  const [link] = await db.select().from(passwordLinks).where(eq(passwordLinks.tokenHash, hashLinkToken(token))).limit(1);
  return link;
}
