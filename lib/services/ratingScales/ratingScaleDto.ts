import type { ColourCheck } from "@/lib/domain/colourContrast";
import type { VerdictTranslations } from "@/lib/domain/verdictWords";

/** One verdict of the scale as the admin's editor shows it. */
export type ScaleVerdictDto = {
  /** The same verdict across versions of the scale; what an edit refers to. */
  lineageId: string;
  label: string;
  description: string;
  colour: string;
  position: number;
  /** Its place on the truth scale (1 = least true), null when it rates no truth: what ClaimReview publishes. */
  truthRank: number | null;
  retired: boolean;
  /** Its label and description in other languages, by language code: what readers of articles in them see. */
  translations: VerdictTranslations;
  /** Claims rated with it, in any version of the scale: a verdict in use can be retired, not deleted. */
  claimCount: number;
  contrast: ColourCheck;
};

/** The newsroom's rating scale as it is now, with the version an edit must be based on. */
export type RatingScaleDto = {
  scaleId: string;
  name: string;
  /** The language the verdicts' own words are written in (ISO 639-1), whatever the newsroom's. */
  language: string;
  version: number;
  verdicts: ScaleVerdictDto[];
};

/**
 * What the editor sends: the whole list as edited, in order, and the version it was based on. A verdict's
 * `truthRank` or `translations` left out keeps the ones it has (none for a new verdict); `language` left out keeps
 * the scale's.
 */
export type SaveRatingScaleInput = {
  version: number;
  language?: string;
  verdicts: {
    lineageId: string | null;
    label: string;
    description: string;
    colour: string;
    retired: boolean;
    truthRank?: number | null;
    translations?: VerdictTranslations;
  }[];
};
