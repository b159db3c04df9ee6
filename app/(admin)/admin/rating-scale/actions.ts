"use server";

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import type { RatingScaleDto, SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

export async function saveRatingScaleAction(input: SaveRatingScaleInput): Promise<ActionResult<RatingScaleDto>> {
  const read = await readActionInput(objectInput<SaveRatingScaleInput>(), input);
  if (!read.ok) return read;
  const result = await runAction(async () => saveRatingScale(await getServiceContext(), read.data));
  // The desk offers the new verdicts; the about page lists them.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
