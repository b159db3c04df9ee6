import type { NotificationKind } from "@/lib/domain/notificationSentence";

/** One notification as its recipient sees it. */
export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  /** In plain words, in the language the list was asked in: "Eddie Editor assigned you claim 3 of “Title”". */
  sentence: string;
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
