import type { OutboxStatus } from "@/db/schema";

/** What a message is: an invitation, a password reset link, a notification of its kind, a purge of the shared cache… */
export type OutboxMessageKind =
  | "cache_purge"
  | "password_reset"
  | "invitation"
  | "assigned"
  | "returned"
  | "signed_off"
  | "mentioned"
  | "notification"
  | "mail";

/** One outbox message as an admin sees it: what it is and for whom, never its payload (a link's token). */
export type OutboxMessageDto = {
  id: string;
  /** What it is (the page puts it in words). */
  kind: OutboxMessageKind;
  recipient: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  /** Why the last attempt failed (the SMTP server's answer), or why it was cancelled. */
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

export type OutboxListDto = {
  messages: OutboxMessageDto[];
  counts: Record<OutboxStatus, number>;
  /** Whether mail is set up (SMTP_URL and MAIL_FROM): without it nothing new is written. */
  mailEnabled: boolean;
};
