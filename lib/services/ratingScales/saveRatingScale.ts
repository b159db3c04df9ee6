import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { ratingScales, verdicts } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { planScaleVersion } from "@/lib/domain/ratingScaleEdit";
import { recordAudit } from "../audit/recordAudit";
import { versionField } from "../fields";
import { bumpPublicGeneration } from "../publishing/publicGeneration";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { RatingScaleDto } from "./ratingScaleDto";
import { ensureRatingScale, RATING_SCALE_LOCK_KEY } from "./scaleRows";
import { scaleForEditing } from "./scaleEditing";
import { ARTICLE_LANGUAGES, isArticleLanguage } from "@/lib/domain/languages";
import { MAX_VERDICTS_PER_SCALE } from "@/lib/domain/limits";
import { SCALE_KEY } from "@/lib/domain/surrogateKeys";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

// Lengths are checked again, with kinder words, by planScaleVersion; these bound what is parsed at all.
const translationSchema = z.strictObject({ label: z.string().max(1000), description: z.string().max(5000).default("") });

const verdictSchema = z.strictObject({
  lineageId: z.uuid(said("unknownVerdictReload")).nullable(),
  label: z.string().max(1000),
  description: z.string().max(5000),
  colour: z.string().max(100),
  retired: z.boolean(),
  /** 1 = least true; null: rates no truth ("Unproven"); left out: keeps the verdict's place (none for a new one). */
  truthRank: z.int(said("truthRankWholeNumber")).min(1, said("truthRankFromOne")).max(MAX_VERDICTS_PER_SCALE, said("truthRankAtMost", { max: MAX_VERDICTS_PER_SCALE })).nullable().optional(),
  /** Its words by language code (lib/domain/verdictWords.ts); left out: keeps the verdict's (none for a new one). */
  translations: z
    .record(z.string().max(20), translationSchema)
    .refine((t) => Object.keys(t).length <= ARTICLE_LANGUAGES.length, said("oneTranslationPerLanguage"))
    .optional(),
});

const saveScaleSchema = z.strictObject({
  version: versionField,
  /** The language the verdicts' own words are written in; left out: the scale's stays. */
  language: z.string(said("chooseScaleLanguage")).max(20, said("chooseScaleLanguage")).refine(isArticleLanguage, said("chooseScaleLanguage")).optional(),
  verdicts: z.array(verdictSchema).min(1, said("keepLeastOneVerdict")).max(MAX_VERDICTS_PER_SCALE, said("scaleTooLong", { max: MAX_VERDICTS_PER_SCALE })),
});

/**
 * Saves the whole edited verdict list, and the language their own words are written in, as a new version of the
 * newsroom's rating scale. Claims keep the verdict rows of the version they were rated with; published versions keep
 * the labels, colours and the words' language they were published with (the snapshot holds them). Based on an older
 * version than the current one: a ConflictError naming the verdicts as they are now (the editor keeps what was typed).
 */
export const saveRatingScale = defineVerb({
  name: "saveRatingScale",
  permission: "scale:manage",
  input: saveScaleSchema,
  audit: [{ action: "rating_scale.update", entityType: "rating_scale", records: "both" }],
}, async (ctx, data): Promise<RatingScaleDto> => {
  return transaction(ctx, async (tx) => {
    const scaleId = await ensureRatingScale(tx.db);
    // One save at a time, and none while a rating is being checked against the scale (reviewClaim takes it shared).
    await tx.db.execute(sql`select pg_advisory_xact_lock(${RATING_SCALE_LOCK_KEY})`);
    const before = await scaleForEditing(tx.db, scaleId);
    if (before.version !== data.version) {
      throw new ConflictError(
        words("ratingScaleChanged"),
        before.verdicts.map((v) =>
          words("conflictScaleVerdict", { position: v.position, label: v.label, colour: v.colour, truth: v.truthRank ?? "none", retired: v.retired ? "yes" : "no" }),
        ),
      );
    }
    const language = data.language ?? before.language;
    const plan = planScaleVersion(
      before.verdicts,
      data.verdicts.map((v) => {
        const was = before.verdicts.find((b) => b.lineageId === v.lineageId);
        return { ...v, truthRank: v.truthRank !== undefined ? v.truthRank : (was?.truthRank ?? null), translations: v.translations ?? was?.translations ?? {} };
      }),
      language !== before.language,
    );
    if (!plan.ok) throw new ValidationError(plan.message, plan.fieldErrors);
    const version = before.version + 1;
    await tx.db.insert(verdicts).values(
      plan.verdicts.map(({ lineageId, label, description, colour, retired, position, truthRank, translations }) => ({
        scaleId,
        scaleVersion: version,
        ...(lineageId ? { lineageId } : {}),
        label,
        description,
        colour,
        retired,
        position,
        truthRank,
        translations,
      })),
    );
    await tx.db.update(ratingScales).set({ currentVersion: version, language, updatedAt: new Date() }).where(eq(ratingScales.id, scaleId));
    const after = await scaleForEditing(tx.db, scaleId);
    await recordAudit(tx, {
      action: "rating_scale.update",
      entityType: "rating_scale",
      entityId: scaleId,
      before: auditView(before),
      after: auditView(after),
    });
    // The about page lists the verdicts readers will see; published claims show their labels and colours.
    await bumpPublicGeneration(tx, [SCALE_KEY]);
    return after;
  });
});

function auditView(scale: RatingScaleDto) {
  return {
    version: scale.version,
    language: scale.language,
    verdicts: scale.verdicts.map(({ lineageId, label, description, colour, position, truthRank, retired, translations }) => ({
      lineageId,
      label,
      description,
      colour,
      position,
      truthRank,
      retired,
      translations,
    })),
  };
}
