import { z } from "zod";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { RatingScaleDto } from "./ratingScaleDto";
import { ensureRatingScale } from "./scaleRows";
import { scaleForEditing } from "./scaleEditing";

/** The newsroom's rating scale for the admin's editor: every verdict of the current version, in use or retired. */
export const getRatingScale = defineVerb({
  name: "getRatingScale",
  permission: "scale:manage",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<RatingScaleDto> => {
  // A newsroom that has not saved an article yet has no scale: it gets the default one, as its first article would.
  return transaction(ctx, async (tx) => scaleForEditing(tx.db, await ensureRatingScale(tx.db)));
});
