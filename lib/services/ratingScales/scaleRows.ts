import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ratingScales, verdicts } from "@/db/schema";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/defaultRatingScale";
import type { VerdictDto } from "./verdictDto";

/** The newsroom's rating scale, created with the default verdicts the first time it is needed. */
export async function ensureRatingScale(db: Queryable): Promise<string> {
  const [existing] = await db.select({ id: ratingScales.id }).from(ratingScales).orderBy(asc(ratingScales.createdAt)).limit(1);
  if (existing) return existing.id;
  const [scale] = await db.insert(ratingScales).values({ name: DEFAULT_RATING_SCALE.name }).returning({ id: ratingScales.id });
  await db.insert(verdicts).values(DEFAULT_RATING_SCALE.verdicts.map((v) => ({ ...v, scaleId: scale!.id, scaleVersion: 1 })));
  return scale!.id;
}

/** The verdicts a claim can be given now: the current version of the scale (the first scale when none is named). */
export async function currentVerdicts(db: Queryable, scaleId: string | null): Promise<VerdictDto[]> {
  const [scale] = scaleId
    ? await db.select().from(ratingScales).where(eq(ratingScales.id, scaleId))
    : await db.select().from(ratingScales).orderBy(asc(ratingScales.createdAt)).limit(1);
  if (!scale) return [];
  return db
    .select({ id: verdicts.id, label: verdicts.label, description: verdicts.description, colour: verdicts.colour, position: verdicts.position })
    .from(verdicts)
    .where(and(eq(verdicts.scaleId, scale.id), eq(verdicts.scaleVersion, scale.currentVersion)))
    .orderBy(asc(verdicts.position));
}
