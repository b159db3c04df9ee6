import { and, eq, gt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { claims, presence, users } from "@/db/schema";
import { authorize, grantOf } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { PRESENCE_GONE_AFTER_MS } from "@/lib/domain/limits";
import { articleResource } from "../articles/articleAccess";
import { assertDraftTarget } from "../drafts/draftRows";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { LIVE_CHANNEL } from "./liveEventDto";
import type { PresenceDto } from "./presenceDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const presenceInput = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  claimId: z.uuid(said("unknownClaim")).nullable().optional(),
  editing: z.boolean().optional(),
  /** The page is going away: gone at once, not when its heartbeat stops. */
  leaving: z.literal(true).optional(),
});

/**
 * A staff member's workspace says it is open (the page's heartbeat), on which claim and whether they edit its review,
 * or that it is closing; returns who else has the article open. Others' pages hear of an arrival, a move to another
 * claim, a start or end of editing, or a departure at once (a live `presence` event when this commits); a page that
 * stopped without saying so counts as gone after PRESENCE_GONE_AFTER_MS. Reviewers see who else is on an article
 * they have a claim on, but what others do on a claim only for their own claims. Not audited: nothing of the
 * newsroom's work changes.
 */
export const announcePresence = defineVerb(
  { name: "announcePresence", permission: "article:read", input: presenceInput, audit: [] },
  async (ctx, data, reader): Promise<PresenceDto[]> => {
    // defineVerb has checked the role; whose article it is, once it is known to exist.
    const claimId = data.claimId ?? null;
    await assertDraftTarget(ctx.db, data.articleId, claimId);
    const actor = await authorize(ctx, "article:read", await articleResource(ctx.db, data.articleId, reader));
    if (!actor) throw new ValidationError(words("presenceNeedsStaff"));
    const editing = Boolean(claimId && data.editing);
    return transaction(ctx, async (tx) => {
      const mine = and(eq(presence.userId, actor.id), eq(presence.articleId, data.articleId));
      const [before] = await tx.db.select({ claimId: presence.claimId, editing: presence.editing, seenAt: presence.seenAt }).from(presence).where(mine);
      const fresh = before && before.seenAt.getTime() > Date.now() - PRESENCE_GONE_AFTER_MS;
      if (data.leaving) await tx.db.delete(presence).where(mine);
      else {
        await tx.db
          .insert(presence)
          .values({ userId: actor.id, articleId: data.articleId, claimId, editing })
          .onConflictDoUpdate({ target: [presence.userId, presence.articleId], set: { claimId, editing, seenAt: sql`now()` } });
      }
      // A heartbeat that changes nothing others see sends nothing.
      const changed = data.leaving ? Boolean(before) : !before || !fresh || before.claimId !== claimId || before.editing !== editing;
      if (changed) {
        await tx.db.execute(
          sql`select pg_notify(${LIVE_CHANNEL}, json_build_object('kind', 'presence', 'articleId', ${data.articleId}::text, 'userId', ${actor.id}::text)::text)`,
        );
      }
      const others = await tx.db
        .select({ userId: presence.userId, name: users.displayName, claimId: presence.claimId, editing: presence.editing, reviewerId: claims.reviewerId })
        .from(presence)
        .innerJoin(users, eq(users.id, presence.userId))
        .leftJoin(claims, eq(claims.id, presence.claimId))
        .where(and(eq(presence.articleId, data.articleId), ne(presence.userId, actor.id), gt(presence.seenAt, sql`now() - ${PRESENCE_GONE_AFTER_MS} * interval '1 millisecond'`)))
        .orderBy(users.displayName);
      const seesAllClaims = grantOf(actor.role, "article:read") === true;
      return others.map(({ reviewerId, ...other }) =>
        seesAllClaims || reviewerId === actor.id ? other : { ...other, claimId: null, editing: false },
      );
    });
  },
);
