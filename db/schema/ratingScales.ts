// Rating scales and the verdicts on them.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const ratingScales = pgTable("rating_scales", {
  id: id(),
  name: text("name").notNull(),
  /** The verdict list in use; earlier versions stay for claims rated with them. */
  currentVersion: integer("current_version").notNull().default(1),
  /**
   * The language its verdicts' own words (label and description) are written in, ISO 639-1 (lib/domain/languages.ts),
   * whatever the newsroom's: what readers' pages and ClaimReview say of them when they are not translated.
   */
  language: text("language").notNull().default("en"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const verdicts = pgTable(
  "verdicts",
  {
    id: id(),
    scaleId: uuid("scale_id")
      .notNull()
      .references(() => ratingScales.id),
    scaleVersion: integer("scale_version").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    colour: text("colour").notNull(),
    /** 1 = worst, the order the desk and readers see; retired verdicts come after the ones in use. */
    position: integer("position").notNull(),
    /**
     * The verdict's place on the truth scale, 1 = least true … n = most true (ClaimReview ratingValue; bestRating is
     * the highest rank of its scale version). Null for a verdict that says nothing about truth ("Unproven", "Satire",
     * "Not checkable"): its ClaimReview carries only the verdict's name.
     */
    truthRank: integer("truth_rank"),
    /** The same verdict in every version of the scale (renamed, recoloured or moved): what "in use" is checked on. */
    lineageId: uuid("lineage_id").notNull().defaultRandom(),
    /** Kept on the scale for the claims rated with it, but not offered for new ratings. */
    retired: boolean("retired").notNull().default(false),
    /**
     * The verdict's words in other languages, by ISO 639-1 code: what readers of an article in that language see
     * (lib/domain/verdictWords.ts). Part of the scale version, like the label.
     */
    translations: jsonb("translations").$type<VerdictTranslationRows>().notNull().default({}),
  },
  (t) => [
    uniqueIndex("verdicts_scale_version_position_idx").on(t.scaleId, t.scaleVersion, t.position),
    uniqueIndex("verdicts_scale_version_label_idx").on(t.scaleId, t.scaleVersion, t.label),
    uniqueIndex("verdicts_scale_version_lineage_idx").on(t.scaleId, t.scaleVersion, t.lineageId),
    index("verdicts_lineage_idx").on(t.lineageId),
    check("verdicts_truth_rank", sql`${t.truthRank} IS NULL OR ${t.truthRank} > 0`),
  ],
);

/** A verdict's label and description per language code. */
export type VerdictTranslationRows = Record<string, { label: string; description: string }>;

export type Verdict = typeof verdicts.$inferSelect;
