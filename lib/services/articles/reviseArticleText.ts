import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Queryable } from "@/db/client";
import { articleRevisions, articles, claims, type AnchorState } from "@/db/schema";
import { ConflictError } from "@/lib/core/errors";
import type { ReanchorStatus } from "@/lib/domain/anchoring";
import { recordAudit } from "../audit/recordAudit";
import { discardOwnDraft } from "../drafts/draftRows";
import { versionField } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { reanchorInTime } from "./reanchorInTime";
import { articleBody, normaliseLineEnds } from "./articleFields";
import { lockArticle } from "./articleLocks";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const reviseSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  version: versionField,
  body: articleBody,
});

export type ReviseSummary = { articleId: string; textRevision: number; version: number } & Record<ReanchorStatus, number>;

const BATCH = 1000;

const STALE_ARTICLE = words("articleChangedTextKept");

/**
 * Replaces the article's text and re-anchors every claim: by position where the quote is still there, else by
 * quote and context, else fuzzily ("source text changed"); a claim that cannot be found is kept as orphaned.
 */
export const reviseArticleText = defineVerb({
  name: "reviseArticleText",
  permission: "article:update",
  input: reviseSchema,
  audit: [{ action: "article.revise_text", entityType: "article", records: "both" }],
}, async (ctx, data, actor): Promise<ReviseSummary> => {
  const body = normaliseLineEnds(data.body);
  return transaction(ctx, async (tx) => {
    // Alone on the article, then its claims in id order: no claim can be made, split or moved on the old text meanwhile.
    const article = await lockArticle(tx.db, data.articleId, "update");
    if (article.version !== data.version) throw new ConflictError(STALE_ARTICLE);
    const summary: ReviseSummary = {
      articleId: article.id,
      unchanged: 0,
      moved: 0,
      changed: 0,
      orphaned: 0,
      textRevision: article.textRevision,
      version: article.version,
    };
    if (body === article.body) return summary;

    const rows = await tx.db
      .select({
        id: claims.id,
        version: claims.version,
        start: claims.anchorStart,
        end: claims.anchorEnd,
        quote: claims.quote,
        prefix: claims.prefix,
        suffix: claims.suffix,
        anchorState: claims.anchorState,
      })
      .from(claims)
      .where(eq(claims.articleId, article.id))
      .orderBy(asc(claims.id))
      .for("update");
    const results = await reanchorInTime(article.body, body, rows);
    const changes: AnchorChange[] = [];
    results.forEach((result, i) => {
      const row = rows[i]!;
      summary[result.status] += 1;
      const state: AnchorState =
        result.status === "orphaned" ? "orphaned" : result.status === "changed" || row.anchorState === "changed" ? "changed" : "ok";
      if (result.status === "unchanged" && state === row.anchorState) return;
      changes.push({ id: row.id, version: row.version, ...result.anchor, state });
    });
    for (let i = 0; i < changes.length; i += BATCH) await applyAnchorChanges(tx.db, changes.slice(i, i + BATCH), actor?.id ?? null);

    const textRevision = article.textRevision + 1;
    await tx.db
      .update(articles)
      .set({ body, textRevision, version: article.version + 1, updatedAt: new Date(), updatedBy: actor?.id ?? null })
      .where(eq(articles.id, article.id));
    await tx.db.insert(articleRevisions).values({ articleId: article.id, revision: textRevision, body, createdBy: actor?.id ?? null });
    await discardOwnDraft(tx.db, actor?.id, article.id, "text");
    const { articleId: _a, textRevision: _r, version: _v, ...counts } = summary;
    await recordAudit(tx, {
      action: "article.revise_text",
      entityType: "article",
      entityId: article.id,
      before: { textRevision: article.textRevision },
      after: { textRevision, claims: counts },
    });
    return { ...summary, textRevision, version: article.version + 1 };
  });
});

type AnchorChange = { id: string; version: number; start: number; end: number; quote: string; prefix: string; suffix: string; state: AnchorState };

// One statement for many claims: re-anchoring 1,000 claims must not be 1,000 round trips. Each row is updated only
// at the version that was re-anchored, so an edit that slipped in between could never be overwritten.
async function applyAnchorChanges(db: Queryable, changes: AnchorChange[], actorId: string | null): Promise<void> {
  const values = sql.join(
    changes.map(
      (c) =>
        sql`(${c.id}::uuid, ${c.version}::integer, ${c.start}::integer, ${c.end}::integer, ${c.quote}::text, ${c.prefix}::text, ${c.suffix}::text, ${c.state}::anchor_state)`,
    ),
    sql`, `,
  );
  const updated = await db.execute(sql`
    UPDATE ${claims} AS c SET
      anchor_start = v.s, anchor_end = v.e, quote = v.q, prefix = v.p, suffix = v.x, anchor_state = v.st,
      -- A statement nobody reworded (still the quote, as a suggestion or a selection made it) follows its words.
      statement = CASE WHEN c.statement = c.quote THEN v.q ELSE c.statement END,
      version = c.version + 1, updated_at = now(), updated_by = ${actorId}::uuid
    FROM (VALUES ${values}) AS v(id, ver, s, e, q, p, x, st)
    WHERE c.id = v.id AND c.version = v.ver
    RETURNING c.id`);
  if (rowsOf(updated).length !== changes.length) {
    throw new ConflictError(words("claimChangedDuringRevision"));
  }
}
