import type { NotificationFacts, NotificationKind } from "@/lib/domain/notificationSentence";

/** One notification as its recipient sees it. */
export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  /** In plain words: "Eddie Editor assigned you claim 3 of “Title”" (English). */
  sentence: string;
  /** What the sentence says, for the desk to word it in the page's language. */
  facts: NotificationFacts;
  /** Where it leads: the claim in its article's workspace. */
  href: string;
  /** ISO time. */
  createdAt: string;
  read: boolean;
};

/** A page of one's notifications, newest first. */
export type NotificationPageDto = {
  items: NotificationDto[];
  unread: number;
  /** Pass as `before` for the next (older) page; null when this is the last. */
  nextBefore: string | null;
};
