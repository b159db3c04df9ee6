import { and, asc, eq } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/db/client";
import { ratingScales, verdicts } from "@/db/schema";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/defaultRatingScale";

export type VerdictDto = { id: string; label: string; description: string; colour: string; position: number };

/** The newsroom's rating scale, created with the default verdicts the first time it is needed. */
export async function ensureRatingScale(tx: Tx): Promise<string> {
  const [existing] = await tx.select({ id: ratingScales.id }).from(ratingScales).orderBy(asc(ratingScales.createdAt)).limit(1);
  if (existing) return existing.id;
  const [scale] = await tx.insert(ratingScales).values({ name: DEFAULT_RATING_SCALE.name }).returning({ id: ratingScales.id });
  await tx.insert(verdicts).values(DEFAULT_RATING_SCALE.verdicts.map((v) => ({ ...v, scaleId: scale!.id, scaleVersion: 1 })));
  return scale!.id;
}

/** The verdicts a claim can be given now: the current version of the article's scale (or the first scale). */
export async function listCurrentVerdicts(scaleId: string | null, q?: Queryable): Promise<VerdictDto[]> {
  const db = q ?? (await getDb());
  const [scale] = scaleId
    ? await db.select().from(ratingScales).where(eq(ratingScales.id, scaleId))
    : await db.select().from(ratingScales).orderBy(asc(ratingScales.createdAt)).limit(1);
  if (!scale) return [];
  return db
    .select({
      id: verdicts.id,
      label: verdicts.label,
      description: verdicts.description,
      colour: verdicts.colour,
      position: verdicts.position,
    })
    .from(verdicts)
    .where(and(eq(verdicts.scaleId, scale.id), eq(verdicts.scaleVersion, scale.currentVersion)))
    .orderBy(asc(verdicts.position));
}
