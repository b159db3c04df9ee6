// After a run: was anything the app acknowledged lost?
import { asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf } from "../../../db/client";
import { articles, articleVersions, auditLog, comments } from "../../../db/schema";
import type { Change } from "./desk";
import { type Newsroom, readClaims } from "./newsroom";
import type { Tally } from "./traffic";

const CHECKED = ["comment.create", "claim.edit", "claim.assign", "claim.review", "claim.sign_off", "article.publish"];

/** How many changes of each kind were acknowledged; a kind with none is named, since nothing checked it. */
export function acknowledgedLine(changes: Change[]): string {
  const counts = new Map<string, number>(CHECKED.map((action) => [action, 0]));
  for (const change of changes) counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
  const unchecked = CHECKED.filter((action) => !counts.get(action));
  return (
    `  acknowledged changes: ${[...counts].map(([action, n]) => `${action} ${n}`).join(", ")}` +
    (unchecked.length ? ` (none of ${unchecked.join(", ")}: not checked in this run)` : "")
  );
}

/**
 * Every acknowledged change is stored with its audit entry; no claim is at a lower version than one acknowledged;
 * published versions are numbered without a gap; no answer was a 5xx or the generic failure.
 */
export async function checkNothingLost(tallies: Tally[], changes: Change[], auditFrom: number, newsroom: Newsroom): Promise<string[]> {
  const db = await getDb();
  const problems: string[] = [];
  // A run in which nothing was acknowledged proves nothing: the server was too slow or refused every change.
  if (!changes.length) problems.push("no change was acknowledged, so nothing could be checked");
  for (const t of tallies) if (t.times.length === 0) problems.push(`${t.name}: no request completed`);

  const bodies = changes.filter((c) => c.action === "comment.create").map((c) => c.body!);
  const stored = new Map<string, string>();
  for (let i = 0; i < bodies.length; i += 1000) {
    const rows = await db.select({ id: comments.id, body: comments.body }).from(comments).where(inArray(comments.body, bodies.slice(i, i + 1000)));
    for (const row of rows) stored.set(row.body, row.id);
  }
  const missing = bodies.filter((body) => !stored.has(body));
  if (missing.length) problems.push(`${missing.length} acknowledged comments are missing, e.g. "${missing[0]}"`);

  // The audit entries written during the run, by action, entity and actor; each acknowledged change needs its own.
  const audited = new Map<string, number>();
  const entries = rowsOf<{ action: string; entity_id: string; actor_id: string; n: number }>(
    await db.execute(
      sql`SELECT action, entity_id, actor_id, count(*)::int AS n FROM ${auditLog} WHERE ${auditLog.id} > ${auditFrom} GROUP BY action, entity_id, actor_id`,
    ),
  );
  for (const e of entries) audited.set(`${e.action} ${e.entity_id} ${e.actor_id}`, e.n);
  const commentIds = new Set(stored.values());
  const commentAudits = rowsOf<{ entity_id: string }>(
    await db.execute(sql`SELECT entity_id FROM ${auditLog} WHERE ${auditLog.id} > ${auditFrom} AND ${auditLog.action} = 'comment.create'`),
  );
  const unaudited = commentIds.size - commentAudits.filter((e) => commentIds.has(e.entity_id)).length;
  if (unaudited) problems.push(`${unaudited} stored comments have no audit entry`);
  const wanted = new Map<string, number>();
  for (const c of changes) if (c.action !== "comment.create") wanted.set(`${c.action} ${c.entityId} ${c.actorId}`, (wanted.get(`${c.action} ${c.entityId} ${c.actorId}`) ?? 0) + 1);
  for (const [key, n] of wanted) {
    const found = audited.get(key) ?? 0;
    if (found < n) problems.push(`${n - found} acknowledged ${key.split(" ")[0]} on ${key.split(" ")[1]} have no audit entry`);
  }

  // No claim went backwards.
  const now = await readClaims();
  for (const [id, version] of newsroom.highestAcknowledged) {
    const stored = now.get(id)?.version ?? 0;
    if (stored < version) problems.push(`claim ${id} is at version ${stored}, but version ${version} was acknowledged`);
  }

  // Every acknowledged publication is stored as it was acknowledged, and versions go 1, 2, 3… per article.
  const versions = await db
    .select({ articleId: articleVersions.articleId, number: articleVersions.number, changeNote: articleVersions.changeNote })
    .from(articleVersions)
    .orderBy(asc(articleVersions.articleId), asc(articleVersions.number));
  for (const c of changes.filter((c) => c.action === "article.publish")) {
    const row = versions.find((v) => v.articleId === c.entityId && v.number === c.version);
    if (row?.changeNote !== c.body) problems.push(`acknowledged version ${c.version} of article ${c.entityId} is not stored as published`);
  }
  for (const articleId of newsroom.articleIds) {
    const numbers = versions.filter((v) => v.articleId === articleId).map((v) => v.number);
    if (numbers.some((n, i) => n !== i + 1)) problems.push(`article ${articleId}'s published versions are not 1…${numbers.length}: ${numbers.join(", ")}`);
    const [article] = await db.select({ published: articles.publishedVersion }).from(articles).where(eq(articles.id, articleId));
    if (article?.published !== numbers.length) problems.push(`article ${articleId} says version ${article?.published} is public, but ${numbers.length} exist`);
  }

  for (const t of tallies) {
    for (const [code, count] of Object.entries(t.codes)) if (code.startsWith("5")) problems.push(`${t.name}: ${count} answers with ${code}`);
    if (t.failures) problems.push(`${t.name}: ${t.failures} answers said something went wrong (an unexpected server error)`);
  }
  return problems;
}
