import type { NotificationKind } from "@/db/schema";

/**
 * What an outbox mail message holds. A password link's token is the only secret ever written there, and it is
 * removed once the mail is delivered or cancelled; a notification is named by id and read when the mail is sent.
 */
export type MailPayload =
  | { type: "password_link"; userId: string; token: string; purpose: "invitation" | "reset" }
  | { type: "notification"; notificationId: string; kind: NotificationKind }
  /** A person's daily digest: the notifications of their digest kinds made in the day before `until`. */
  | { type: "digest"; userId: string; notificationIds: string[]; until: string };
