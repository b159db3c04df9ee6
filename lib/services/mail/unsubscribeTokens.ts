import { createHmac, timingSafeEqual } from "node:crypto";
import { notificationKindEnum, type NotificationKind } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";

/** The notification kinds that are also mailed (lib/services/notifications/notify.ts), each with a one-click unsubscribe. */
export const MAILED_KINDS = ["assigned", "returned", "signed_off", "mentioned", "due_soon"] as const satisfies readonly NotificationKind[];
export type MailedKind = (typeof MAILED_KINDS)[number];

function signature(userId: string, kind: NotificationKind | "digest"): string {
  return createHmac("sha256", getAuthSecret()).update(`factdesk.unsubscribe:${userId}:${kind}`).digest("base64url");
}

/**
 * A token that unsubscribes one person from one kind of mail, and does nothing else (it signs no one in, and names
 * no secret): `<user id>.<kind>.<HMAC of both under the server's secret>`.
 */
export function unsubscribeToken(userId: string, kind: NotificationKind | "digest"): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The person and kind (or their daily digest) an unsubscribe token names, or null when it is not one of ours. */
export function readUnsubscribeToken(token: unknown): { userId: string; kind: NotificationKind | "digest" } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [userId, kind, given] = token.split(".");
  if (!userId || !kind || !given || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  if (kind !== "digest" && !(notificationKindEnum.enumValues as readonly string[]).includes(kind)) return null;
  const named = kind as NotificationKind | "digest";
  const expected = Buffer.from(signature(userId, named));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { userId, kind: named } : null;
}
