import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { mailOptOuts, notifications, users } from "@/db/schema";
import { publicOrigin } from "@/lib/config";
import { DIGEST_HOUR_UTC } from "@/lib/domain/limits";
import type { Actor } from "@/lib/core/context";
import { translatorFor } from "@/lib/core/translator";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { regionalTag } from "@/lib/domain/interfaceLocales";
import { notificationSentence } from "@/lib/domain/notificationSentence";
import { notificationPath, selectNotificationFacts } from "../notifications/notificationFacts";
import { enqueue } from "../outbox/outbox";
import type { MailPayload } from "./mailPayloads";

// The daily digest: the notifications of the kinds a person chose to get "in a daily digest" (mail_opt_outs with
// mode digest), gathered once a day at DIGEST_HOUR_UTC over the day before, in one mail. Nothing gathered, no mail.

/** The latest digest time at or before `now`, and the one a day before it: the day a digest gathers. */
export function digestWindow(now: Date): { from: Date; until: Date } {
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (until > now) until.setUTCDate(until.getUTCDate() - 1);
  return { from: new Date(until.getTime() - 86_400_000), until };
}

/**
 * Puts each person's digest of the last window in the outbox, once (its dedupe key names the person and the window's
 * end): run by the schedule every minute, it writes a digest the first time it runs after the digest hour.
 */
export async function queueDailyDigests(db: Tx, now = new Date()): Promise<number> {
  const { from, until } = digestWindow(now);
  const rows = await db
    .select({ userId: notifications.userId, id: notifications.id, email: users.email })
    .from(notifications)
    .innerJoin(mailOptOuts, and(eq(mailOptOuts.userId, notifications.userId), eq(mailOptOuts.kind, notifications.kind), eq(mailOptOuts.mode, "digest")))
    .innerJoin(users, and(eq(users.id, notifications.userId), eq(users.active, true)))
    .where(and(gte(notifications.createdAt, from), lt(notifications.createdAt, until)))
    .orderBy(asc(notifications.createdAt));
  const byPerson = new Map<string, typeof rows>();
  for (const row of rows) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
  await enqueue(
    db,
    [...byPerson].map(([userId, notes]) => ({
      topic: "mail" as const,
      dedupeKey: `digest:${userId}:${until.toISOString()}`,
      payload: { type: "digest", userId, notificationIds: notes.map((note) => note.id), until: until.toISOString() } satisfies MailPayload,
      recipient: notes[0]!.email,
    })),
  );
  return byPerson.size;
}

/** A digest's lines as the desk's notification list words them, each with the link it opens, oldest first. */
export async function digestItems(db: Db, reader: Actor, notificationIds: string[], language: InterfaceLanguage): Promise<{ sentence: string; url: string }[]> {
  if (!notificationIds.length) return [];
  const rows = await selectNotificationFacts(db, reader)
    .where(inArray(notifications.id, notificationIds))
    .orderBy(asc(notifications.createdAt));
  const origin = publicOrigin();
  const t = translatorFor(language, "mail.sentence");
  return rows.map((row) => ({
    sentence: notificationSentence(row, t, regionalTag(language)),
    url: `${origin}${notificationPath(row)}`,
  }));
}

