import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { articleRevisions, articles, claims, type AnchorState } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { reanchorAll, type ReanchorStatus } from "@/lib/domain/anchoring";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { optionalDate, optionalHttpUrl, optionalText, versionField } from "../fields";
import { parseInput } from "../validation";
import { articleFieldsSchema } from "./createArticle";

const reviseSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  version: versionField,
  body: articleFieldsSchema.shape.body,
});

export type ReviseSummary = { textRevision: number; version: number } & Record<ReanchorStatus, number>;

const BATCH = 1000;

/**
 * Replaces the article's text and re-anchors every claim: by position where the quote is still there, else by
 * quote and context, else fuzzily ("source text changed"); a claim that cannot be found is kept as orphaned.
 */
export async function reviseArticleText(ctx: ServiceContext, input: z.input<typeof reviseSchema>): Promise<ReviseSummary> {
  const actor = authorize(ctx, "article:update");
  const data = parseInput(reviseSchema, input);
  const body = data.body.replace(/\r\n?/g, "\n");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, data.articleId)).for("update");
    if (!article) throw new NotFoundError("That article");
    if (article.version !== data.version) {
      throw new ConflictError("Someone else changed this article in the meantime. Reload to see their change; your text is still in the box to copy.");
    }
    const summary: ReviseSummary = { unchanged: 0, moved: 0, changed: 0, orphaned: 0, textRevision: article.textRevision, version: article.version };
    if (body === article.body) return summary;

    const rows = await tx
      .select({
        id: claims.id,
        start: claims.anchorStart,
        end: claims.anchorEnd,
        quote: claims.quote,
        prefix: claims.prefix,
        suffix: claims.suffix,
        anchorState: claims.anchorState,
      })
      .from(claims)
      .where(eq(claims.articleId, article.id));
    const results = reanchorAll(article.body, body, rows);
    const changes: AnchorChange[] = [];
    results.forEach((result, i) => {
      const row = rows[i]!;
      summary[result.status] += 1;
      const state: AnchorState =
        result.status === "orphaned" ? "orphaned" : result.status === "changed" || row.anchorState === "changed" ? "changed" : "ok";
      if (result.status === "unchanged" && state === row.anchorState) return;
      changes.push({ id: row.id, ...result.anchor, state });
    });
    for (let i = 0; i < changes.length; i += BATCH) await applyAnchorChanges(tx, changes.slice(i, i + BATCH), actor?.id ?? null);

    const textRevision = article.textRevision + 1;
    await tx
      .update(articles)
      .set({ body, textRevision, version: article.version + 1, updatedAt: new Date(), updatedBy: actor?.id ?? null })
      .where(eq(articles.id, article.id));
    await tx.insert(articleRevisions).values({ articleId: article.id, revision: textRevision, body, createdBy: actor?.id ?? null });
    const { textRevision: _r, version: _v, ...counts } = summary;
    await recordAudit(tx, ctx, {
      action: "article.revise_text",
      entityType: "article",
      entityId: article.id,
      before: { textRevision: article.textRevision },
      after: { textRevision, claims: counts },
    });
    return { ...summary, textRevision, version: article.version + 1 };
  });
}

type AnchorChange = { id: string; start: number; end: number; quote: string; prefix: string; suffix: string; state: AnchorState };

// One statement for many claims: re-anchoring 1,000 claims must not be 1,000 round trips.
async function applyAnchorChanges(tx: Tx, changes: AnchorChange[], actorId: string | null): Promise<void> {
  if (!changes.length) return;
  const values = sql.join(
    changes.map((c) => sql`(${c.id}::uuid, ${c.start}::integer, ${c.end}::integer, ${c.quote}::text, ${c.prefix}::text, ${c.suffix}::text, ${c.state}::anchor_state)`),
    sql`, `,
  );
  await tx.execute(sql`
    UPDATE ${claims} AS c SET
      anchor_start = v.s, anchor_end = v.e, quote = v.q, prefix = v.p, suffix = v.x, anchor_state = v.st,
      version = c.version + 1, updated_at = now(), updated_by = ${actorId}::uuid
    FROM (VALUES ${values}) AS v(id, s, e, q, p, x, st)
    WHERE c.id = v.id`);
}

const detailsSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  version: versionField,
  title: articleFieldsSchema.shape.title,
  sourceOutlet: optionalText(200),
  sourceUrl: optionalHttpUrl,
  originalAuthor: optionalText(200),
  originalPublishedOn: optionalDate,
});

/** Changes the article's title and source details (not its text). */
export async function updateArticleDetails(ctx: ServiceContext, input: z.input<typeof detailsSchema>): Promise<{ version: number }> {
  const actor = authorize(ctx, "article:update");
  const { articleId, version, ...fields } = parseInput(detailsSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, articleId)).for("update");
    if (!article) throw new NotFoundError("That article");
    if (article.version !== version) throw new ConflictError("Someone else changed this article in the meantime. Reload to see their change.");
    await tx.update(articles).set({ ...fields, version: version + 1, updatedAt: new Date(), updatedBy: actor?.id ?? null }).where(eq(articles.id, articleId));
    const { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn } = article;
    await recordAudit(tx, ctx, {
      action: "article.update_details",
      entityType: "article",
      entityId: articleId,
      before: { title, sourceOutlet, sourceUrl, originalAuthor, originalPublishedOn },
      after: fields,
    });
    return { version: version + 1 };
  });
}
