// What the desk's live event stream (served by server/liveEvents.ts) tells a staff member's open pages: which article and claims
// someone changed, or that their own notifications changed. Ids and names only, never content: the page asks the
// server again (with the page's own permission checks) for what it shows.

/** The NOTIFY channel every instance listens on (lib/services/live/liveFeed.ts). */
export const LIVE_CHANNEL = "factdesk_events";

/** Someone changed an article, or claims or comments of it (`claimIds`: null when too many to list). */
export type ArticleChangeEvent = {
  kind: "change";
  articleId: string;
  claimIds: string[] | null;
  actorId: string | null;
  actorName: string | null;
};

/** A staff member's notifications changed (sent to them alone). */
export type NotificationEvent = { kind: "notification"; userId: string };

/** Someone opened, moved in, or left an article's workspace (lib/services/live/announcePresence.ts). */
export type PresenceEvent = { kind: "presence"; articleId: string; userId: string };

export type LiveEvent = ArticleChangeEvent | NotificationEvent | PresenceEvent;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The event a NOTIFY payload carries, or null for anything else (a payload is data from the database, checked). */
export function parseLiveEvent(payload: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const event = value as Record<string, unknown>;
  if (event.kind === "notification" && isUuid(event.userId)) return { kind: "notification", userId: event.userId };
  if (event.kind === "presence" && isUuid(event.articleId) && isUuid(event.userId)) return { kind: "presence", articleId: event.articleId, userId: event.userId };
  if (event.kind !== "change" || !isUuid(event.articleId)) return null;
  const claimIds = Array.isArray(event.claimIds) ? event.claimIds.filter(isUuid) : null;
  return {
    kind: "change",
    articleId: event.articleId,
    claimIds,
    actorId: isUuid(event.actorId) ? event.actorId : null,
    actorName: typeof event.actorName === "string" ? event.actorName : null,
  };
}
