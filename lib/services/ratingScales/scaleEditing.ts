import { and, asc, countDistinct, eq, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { claims, ratingScales, verdicts } from "@/db/schema";
import { checkVerdictColour } from "@/lib/domain/colourContrast";
import type { RatingScaleDto } from "./ratingScaleDto";

/**
 * The scale as the editor shows it: the current version's verdicts, retired ones included, each with how many
 * claims were rated with it in any version (its current verdict, or the one last signed off and still published).
 */
export async function scaleForEditing(db: Queryable, scaleId: string): Promise<RatingScaleDto> {
  const [scale] = await db.select().from(ratingScales).where(eq(ratingScales.id, scaleId));
  if (!scale) throw new Error(`rating scale ${scaleId} is gone`);
  const [rows, usage] = await Promise.all([
    db
      .select()
      .from(verdicts)
      .where(and(eq(verdicts.scaleId, scaleId), eq(verdicts.scaleVersion, scale.currentVersion)))
      .orderBy(asc(verdicts.position)),
    db
      .select({ lineageId: verdicts.lineageId, claimCount: countDistinct(claims.id) })
      .from(claims)
      .innerJoin(verdicts, or(eq(verdicts.id, claims.verdictId), eq(sql`${verdicts.id}::text`, sql`${claims.approved}->>'verdictId'`)))
      .where(eq(verdicts.scaleId, scaleId))
      .groupBy(verdicts.lineageId),
  ]);
  const used = new Map(usage.map((u) => [u.lineageId, Number(u.claimCount)]));
  return {
    scaleId,
    name: scale.name,
    language: scale.language,
    version: scale.currentVersion,
    verdicts: rows.map((v) => ({
      lineageId: v.lineageId,
      label: v.label,
      description: v.description,
      colour: v.colour,
      position: v.position,
      truthRank: v.truthRank,
      retired: v.retired,
      translations: v.translations,
      claimCount: used.get(v.lineageId) ?? 0,
      contrast: checkVerdictColour(v.colour),
    })),
  };
}

