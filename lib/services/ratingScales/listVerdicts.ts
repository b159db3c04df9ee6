import { z } from "zod";
import { defineVerb } from "../verb";
import { currentVerdicts } from "./scaleRows";
import type { VerdictDto } from "./verdictDto";
import { said } from "@/lib/core/zodWords";

const listVerdictsSchema = z.strictObject({ scaleId: z.uuid(said("unknownRatingScale")).nullish() }).default({});

/** The verdicts staff can give now, best last: the current version of the named scale, or the newsroom's scale. */
export const listVerdicts = defineVerb({
  name: "listVerdicts",
  permission: "desk:read",
  input: listVerdictsSchema,
  audit: [],
}, async (ctx, { scaleId }): Promise<VerdictDto[]> => {
  return currentVerdicts(ctx.db, scaleId ?? null);
});
