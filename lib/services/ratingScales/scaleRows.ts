import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Queryable, Tx } from "@/db/client";
import { ratingScales, verdicts } from "@/db/schema";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/defaultRatingScale";
import type { VerdictDto } from "./verdictDto";

// Any fixed number but the migration lock's (db/client.ts): held while the first rating scale is created, while a
// new version of it is saved, and (shared) while a rating is checked against it.
export const RATING_SCALE_LOCK_KEY = 727_274_003;

/** The newsroom's rating scale, created with the default verdicts the first time it is needed (once, however many ask at once). */
export async function ensureRatingScale(db: Tx): Promise<string> {
  const existing = await firstScaleId(db);
  if (existing) return existing;
  // Two first articles saved at once would each create a scale: they take turns, and the second finds the first's.
  await db.execute(sql`select pg_advisory_xact_lock(${RATING_SCALE_LOCK_KEY})`);
  const created = await firstScaleId(db);
  if (created) return created;
  const [scale] = await db.insert(ratingScales).values({ name: DEFAULT_RATING_SCALE.name, language: DEFAULT_RATING_SCALE.language }).returning({ id: ratingScales.id });
  await db.insert(verdicts).values(DEFAULT_RATING_SCALE.verdicts.map((v) => ({ ...v, scaleId: scale!.id, scaleVersion: 1 })));
  return scale!.id;
}

/**
 * A verdict a claim can be given now: a row of its scale's current version, not retired (retired verdicts stay on the
 * claims rated with them, but no new rating or new version names them). For a query that joins `ratingScales`.
 */
export const GIVEN_NOW: SQL = and(eq(verdicts.scaleId, ratingScales.id), eq(verdicts.scaleVersion, ratingScales.currentVersion), eq(verdicts.retired, false))!;

/** The newsroom's rating scale (its first: one per newsroom), as a subquery for raw SQL. */
export const NEWSROOM_SCALE_ID: SQL = sql`(select ${ratingScales.id} from ${ratingScales} order by ${ratingScales.createdAt} limit 1)`;

async function firstScaleId(db: Queryable): Promise<string | undefined> {
  const [scale] = await db.select({ id: ratingScales.id }).from(ratingScales).where(eq(ratingScales.id, NEWSROOM_SCALE_ID));
  return scale?.id;
}

/** The verdicts a claim can be given now: the current version of the scale (the first scale when none is named), less retired ones. */
export async function currentVerdicts(db: Queryable, scaleId: string | null): Promise<VerdictDto[]> {
  const [scale] = scaleId
    ? await db.select().from(ratingScales).where(eq(ratingScales.id, scaleId))
    : await db.select().from(ratingScales).where(eq(ratingScales.id, NEWSROOM_SCALE_ID));
  if (!scale) return [];
  const rows = await db
    .select({ id: verdicts.id, label: verdicts.label, description: verdicts.description, colour: verdicts.colour, position: verdicts.position })
    .from(verdicts)
    .where(and(eq(verdicts.scaleId, scale.id), eq(verdicts.scaleVersion, scale.currentVersion), eq(verdicts.retired, false)))
    .orderBy(asc(verdicts.position));
  return rows.map((row) => ({ ...row, language: scale.language }));
}
