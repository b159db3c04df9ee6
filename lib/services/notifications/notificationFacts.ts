import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { articles, claims, notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { readableArticles } from "../articles/articleAccess";

/**
 * Notifications with what their sentence needs (notificationSentence) and where they lead: who caused each, its claim's
 * number and due date, its article (named directly, or through the claim), today's date. The caller adds where,
 * order and limit. The desk's list and the daily digest word notifications the same way through it. An article
 * `reader` may no longer read (a reviewer whose claim went to someone else) is not named: its title is as it is now.
 */
export function selectNotificationFacts(db: Queryable, reader: Actor) {
  const readable = readableArticles(reader);
  const by = alias(users, "actor");
  const articleId = sql<string | null>`coalesce(${notifications.articleId}, ${claims.articleId})`;
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      claimId: notifications.claimId,
      articleId,
      actorName: by.displayName,
      claimNumber: claims.number,
      articleTitle: readable ? sql<string | null>`case when ${readable} then ${articles.title} end` : articles.title,
      dueOn: claims.dueOn,
      today: sql<string>`to_char(current_date, 'YYYY-MM-DD')`,
      batch: notifications.details,
    })
    .from(notifications)
    .leftJoin(by, eq(by.id, notifications.actorId))
    .leftJoin(claims, eq(claims.id, notifications.claimId))
    .leftJoin(articles, eq(articles.id, articleId))
    .$dynamic();
}

/** Where a notification leads on the desk: its claim in its article, or My claims for claims assigned at once. */
export function notificationPath(row: { batch: unknown; articleId: string | null; claimId: string | null }): string {
  if (row.batch) return "/desk/my-claims";
  return row.articleId ? `/desk/articles/${row.articleId}${row.claimId ? `#claim-${row.claimId}` : ""}` : "/desk";
}
