import { eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { claims, type ClaimStatus } from "@/db/schema";
import type { ServiceContext } from "@/lib/core/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { createClaim } from "@/lib/services/claims/createClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { spanOf } from "./factories";

// Claims for the desk and "My claims" tests: made through the verbs, then moved to a status or due date relative to
// the database's own date (a due date in the past cannot be given through the verbs, which refuse it).

/** One checkable sentence per line, so every claim has words of its own (one claim per span). */
const LINES = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}: the council said the figure rose by ${i + 1} percent.`);
export const QUEUE_BODY = LINES.join("\n");

/** An article with 60 sentences to make claims of. */
export async function makeQueueArticle(editor: ServiceContext, title = "Council figures") {
  return createArticle(editor, { title, body: QUEUE_BODY, sourceOutlet: "Daily Example" });
}

/** `n` claims (at most 60) on an article of makeQueueArticle, one per line, with statements "<label> 1", "<label> 2", …. */
export async function makeClaims(editor: ServiceContext, articleId: string, n: number, label = "Claim") {
  const made = [];
  for (let i = 1; i <= n; i++) made.push(await createClaim(editor, { articleId, ...spanOf(LINES[i - 1]!, QUEUE_BODY), statement: `${label} ${i}` }));
  return made;
}

/** The database's date `days` from today, as YYYY-MM-DD. */
export async function dbDate(days = 0): Promise<string> {
  const db = await getDb();
  const [row] = rowsOf<{ d: string }>(await db.execute(sql`select to_char(current_date + ${days}::int, 'YYYY-MM-DD') as "d"`));
  return row!.d;
}

/** Sets what the verbs would have set, without going through the workflow: reviewer, status, due date (days from today), verdict. */
export async function setClaim(
  claimId: string,
  change: { reviewerId?: string | null; status?: ClaimStatus; dueInDays?: number | null; verdictId?: string | null },
): Promise<void> {
  const db = await getDb();
  const { dueInDays, ...rest } = change;
  await db
    .update(claims)
    .set({
      ...rest,
      ...(dueInDays === undefined ? {} : { dueOn: dueInDays === null ? null : sql`current_date + ${dueInDays}::int` }),
      version: sql`${claims.version} + 1`,
    })
    .where(eq(claims.id, claimId));
}

/** A verdict of the newsroom's scale by label. */
export async function verdictNamed(ctx: ServiceContext, label: string): Promise<string> {
  const verdict = (await listVerdicts(ctx)).find((v) => v.label === label);
  if (!verdict) throw new Error(`no verdict ${label}`);
  return verdict.id;
}
