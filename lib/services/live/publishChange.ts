import { sql } from "drizzle-orm";
import { claims, comments } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";
import { isUuid, LIVE_CHANNEL } from "./liveEventDto";

// Live events are sent with pg_notify inside the transaction that made the change: Postgres (and PGlite) deliver a
// NOTIFY when the transaction commits, to every instance listening, and never when it rolls back. The payload is
// small (ids and the actor's name, well under NOTIFY's 8,000 bytes); pages ask for the content themselves.

/** Claims named in one event at most; past it the event names the article only (`claimIds`: null). */
const MAX_CLAIMS_NAMED = 40;
const MAX_NAME_CHARS = 80;

/** What changed: an article, a claim (with its article when known: a deleted claim's row is gone), or a comment. */
export type ChangeRef = { articleId?: string; claimId?: string; commentId?: string };

/** Tells the desk's open pages that these articles, claims or comments changed (one event per article). */
export async function publishChanges(tx: TxContext, refs: readonly ChangeRef[]): Promise<void> {
  const rows = refs
    .map((ref) => ({
      article_id: isUuid(ref.articleId) ? ref.articleId : null,
      claim_id: isUuid(ref.claimId) ? ref.claimId : null,
      comment_id: isUuid(ref.commentId) ? ref.commentId : null,
    }))
    .filter((ref) => ref.article_id || ref.claim_id || ref.comment_id);
  if (!rows.length) return;
  const actorId = tx.actor?.id ?? null;
  const actorName = tx.actor?.displayName.slice(0, MAX_NAME_CHARS) ?? null;
  await tx.db.execute(sql`
    select pg_notify(${LIVE_CHANNEL}, json_build_object(
      'kind', 'change',
      'articleId', article_id,
      'claimIds', case when count(distinct claim_id) > ${MAX_CLAIMS_NAMED} then null
                       else coalesce(to_json(array_agg(distinct claim_id) filter (where claim_id is not null)), '[]'::json) end,
      'actorId', ${actorId}::text,
      'actorName', ${actorName}::text)::text)
    from (
      select coalesce(r.article_id, c.article_id) as article_id, coalesce(r.claim_id, m.claim_id) as claim_id
      from json_to_recordset(${JSON.stringify(rows)}::json) as r(article_id uuid, claim_id uuid, comment_id uuid)
      left join ${comments} m on m.id = r.comment_id
      left join ${claims} c on c.id = coalesce(r.claim_id, m.claim_id)
    ) as changed
    where article_id is not null
    group by article_id`);
}

/** Tells these staff members' open pages that their notifications changed. */
export async function publishNotificationChanges(tx: TxContext, userIds: readonly string[]): Promise<void> {
  const ids = [...new Set(userIds.filter(isUuid))];
  if (!ids.length) return;
  await tx.db.execute(sql`
    select pg_notify(${LIVE_CHANNEL}, json_build_object('kind', 'notification', 'userId', id)::text)
    from json_array_elements_text(${JSON.stringify(ids)}::json) as id`);
}
