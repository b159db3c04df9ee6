import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, claims, comments, mailOptOuts, notifications, organisation, users, type OutboxMessage, type Role } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { publicOrigin } from "@/lib/config";
import { translatorFor } from "@/lib/core/translator";
import { interfaceLanguageOr, isInterfaceLanguage, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { digestMail, notificationMail, passwordLinkMail, type MailWords } from "@/lib/domain/mailTemplates";
import { sendMail } from "@/lib/net/smtp";
import { articleResource } from "../articles/articleAccess";
import type { Delivery } from "../outbox/outboxWorker";
import { findLink, linkState } from "../users/passwordLinks";
import { digestItems } from "./dailyDigest";
import type { MailPayload } from "./mailPayloads";
import { MAILED_KINDS, unsubscribeToken, type MailedKind } from "./unsubscribeTokens";

/** The address of the one-click unsubscribe for a person and a kind, or their digest (app/mail/unsubscribe/route.ts). */
export function unsubscribeUrl(userId: string, kind: MailedKind | "digest"): string {
  return `${publicOrigin()}/mail/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, kind))}`;
}

/** The newsroom's name, and the words of a mail to someone: in the language they picked, else the newsroom's. */
async function newsroomAndWords(db: Db, picked: string | null): Promise<{ newsroom: string; words: MailWords }> {
  const [row] = await db.select({ name: organisation.name, language: organisation.interfaceLanguage }).from(organisation).limit(1);
  const language = isInterfaceLanguage(picked) ? picked : interfaceLanguageOr(row?.language);
  return { newsroom: row?.name ?? "Factdesk", words: { t: translatorFor(language, "mail"), language } };
}

/**
 * Delivers one outbox mail message (lib/services/outbox/outboxWorker.ts): renders it from the database as it is now
 * and sends it. Cancelled when there is nothing left to say: the link was used or replaced, the person was
 * deactivated or unsubscribed from the kind, or the notification is gone. An SMTP failure throws (retried).
 */
export async function deliverMail(db: Db, message: OutboxMessage): Promise<Delivery> {
  const payload = message.payload as MailPayload;
  const origin = publicOrigin();
  if (payload.type === "password_link") {
    const [user] = await db.select().from(users).where(eq(users.id, payload.userId)).limit(1);
    const link = await findLink(db, payload.token);
    const state = linkState(link, user);
    if (!user || !link || state !== "valid") return { cancelled: `The link is no longer valid (${state}).` };
    const { newsroom, words } = await newsroomAndWords(db, user.interfaceLanguage);
    const content = passwordLinkMail(
      { purpose: payload.purpose, name: user.displayName, newsroom, url: `${origin}/set-password/${encodeURIComponent(payload.token)}`, expiresAt: link.expiresAt },
      words,
    );
    await sendMail({ to: user.email, ...content, messageId: `<${message.id}@${new URL(origin).hostname}>` });
    return { delivered: true };
  }
  if (payload.type === "digest") {
    const [user] = await db.select().from(users).where(eq(users.id, payload.userId)).limit(1);
    if (!user?.active) return { cancelled: "The account is deactivated." };
    const { newsroom, words } = await newsroomAndWords(db, user.interfaceLanguage);
    const items = await digestItems(db, user, payload.notificationIds, words.language as InterfaceLanguage);
    if (!items.length) return { cancelled: "What it gathered is gone." };
    const unsubscribe = unsubscribeUrl(user.id, "digest");
    const content = digestMail({ name: user.displayName, newsroom, items, unsubscribeUrl: unsubscribe }, words);
    await sendMail({
      to: user.email,
      ...content,
      messageId: `<${message.id}@${new URL(origin).hostname}>`,
      headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    return { delivered: true };
  }
  const [note] = await db
    .select({ note: notifications, email: users.email, name: users.displayName, active: users.active, role: users.role, language: users.interfaceLanguage })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, payload.notificationId))
    .limit(1);
  if (!note) return { cancelled: "What it was about is gone." };
  const kind = note.note.kind;
  if (!(MAILED_KINDS as readonly string[]).includes(kind)) return { cancelled: `No mail is sent for ${kind}.` };
  if (!note.active) return { cancelled: "The account is deactivated." };
  const [optedOut] = await db
    .select({ id: mailOptOuts.id, mode: mailOptOuts.mode })
    .from(mailOptOuts)
    .where(and(eq(mailOptOuts.userId, note.note.userId), eq(mailOptOuts.kind, kind)))
    .limit(1);
  if (optedOut) return { cancelled: optedOut.mode === "digest" ? "It goes in their daily digest." : "They unsubscribed from this kind of mail." };
  const [claim] = note.note.claimId
    ? await db
        .select({ id: claims.id, statement: claims.statement, dueOn: claims.dueOn, articleId: articles.id })
        .from(claims)
        .innerJoin(articles, eq(articles.id, claims.articleId))
        .where(eq(claims.id, note.note.claimId))
        .limit(1)
    : [];
  // Rendered now, from the claim and comments as they are now: only for someone who may still read them (a claim
  // handed to another reviewer, or a role lowered, since the mail was queued; it may have waited hours, or for Retry).
  if (claim && !(await mayReadArticle(db, { id: note.note.userId, role: note.role, displayName: note.name, email: note.email }, claim.articleId))) {
    return { cancelled: "They can no longer read the claim's article." };
  }
  const [actor] = note.note.actorId ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, note.note.actorId)).limit(1) : [];
  // A return's comment (the newest of its kind on the claim), or the comment that mentions them.
  const [comment] = note.note.commentId
    ? await db.select({ body: comments.body }).from(comments).where(eq(comments.id, note.note.commentId)).limit(1)
    : kind === "returned" && claim
      ? await db
          .select({ body: comments.body })
          .from(comments)
          .where(and(eq(comments.claimId, claim.id), eq(comments.kind, "return")))
          .orderBy(desc(comments.createdAt))
          .limit(1)
      : [];
  if (kind === "mentioned" && !comment) return { cancelled: "The comment was deleted." };
  if (kind === "due_soon" && !claim?.dueOn) return { cancelled: "The claim no longer has a due date." };
  const mailedKind = kind as MailedKind;
  const unsubscribe = unsubscribeUrl(note.note.userId, mailedKind);
  const { newsroom, words } = await newsroomAndWords(db, note.language);
  const content = notificationMail({
    kind: mailedKind,
    name: note.name,
    newsroom,
    actor: actor?.name ?? null,
    claim: claim ? { statement: claim.statement, dueOn: claim.dueOn } : null,
    today: new Date().toISOString().slice(0, 10),
    batch: note.note.details,
    comment: comment?.body ?? null,
    url: claim ? `${origin}/desk/articles/${claim.articleId}#claim-${claim.id}` : `${origin}/desk/my-claims`,
    unsubscribeUrl: unsubscribe,
  }, words);
  await sendMail({
    to: note.email,
    ...content,
    messageId: `<${message.id}@${new URL(origin).hostname}>`,
    // RFC 8058: a mail client's one-click unsubscribe POSTs List-Unsubscribe=One-Click to this address.
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  });
  return { delivered: true };
}

/** Whether this staff member may read the article on the desk now ("article:read", as authorize() checks it). */
async function mayReadArticle(db: Db, person: { id: string; role: Role; displayName: string; email: string }, articleId: string): Promise<boolean> {
  return can(person, "article:read", await articleResource(db, articleId, person));
}
