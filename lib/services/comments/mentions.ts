import { and, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { claims, notifications, users } from "@/db/schema";
import { grantOf } from "@/lib/auth/permissions";
import { handleOf, mentionedHandles } from "@/lib/domain/commentText";

// A mention is "@" and a colleague's handle: the local part of their e-mail address, or the whole address when two
// colleagues share a local part (then the short form mentions nobody). Only colleagues who can read the claim's
// article can be mentioned: a mention never shows a comment to someone who may not see it.

export type Colleague = { id: string; displayName: string; handle: string; email: string };

/** The active staff members who can read this article, each with the handle that mentions them, by name. */
export async function mentionableColleagues(db: Queryable, articleId: string): Promise<Colleague[]> {
  const [staff, reviewers] = await Promise.all([
    db.select({ id: users.id, displayName: users.displayName, email: users.email, role: users.role }).from(users).where(eq(users.active, true)),
    db
      .selectDistinct({ id: claims.reviewerId })
      .from(claims)
      .where(and(eq(claims.articleId, articleId), isNotNull(claims.reviewerId))),
  ]);
  const onArticle = new Set(reviewers.map((r) => r.id));
  const sharing = new Map<string, number>();
  for (const person of staff) sharing.set(handleOf(person.email), (sharing.get(handleOf(person.email)) ?? 0) + 1);
  return staff
    .filter((person) => {
      const grant = grantOf(person.role, "article:read");
      return grant === true || (grant === "assigned" && onArticle.has(person.id));
    })
    .map((person) => {
      const short = handleOf(person.email);
      const email = person.email.toLowerCase();
      return { id: person.id, displayName: person.displayName, handle: sharing.get(short) === 1 ? short : email, email };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "en"));
}

/** Who a comment's text mentions, among the colleagues who can read it, and the handles that named nobody. */
export async function resolveMentions(db: Queryable, articleId: string, body: string): Promise<{ mentioned: Colleague[]; unknown: string[] }> {
  const handles = mentionedHandles(body);
  if (!handles.length) return { mentioned: [], unknown: [] };
  // The whole address always works too.
  const byHandle = new Map((await mentionableColleagues(db, articleId)).flatMap((c) => [[c.email, c] as const, [c.handle, c] as const]));
  const mentioned = [...new Set(handles.flatMap((handle) => byHandle.get(handle) ?? []))];
  return { mentioned, unknown: handles.filter((handle) => !byHandle.has(handle)) };
}

/** The people already told that this comment mentions them. */
export async function alreadyNotified(db: Queryable, commentId: string): Promise<Set<string>> {
  const rows = await db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.commentId, commentId), eq(notifications.kind, "mentioned")));
  return new Set(rows.map((row) => row.userId));
}
