import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { currentVerdicts } from "./scaleRows";
import type { VerdictDto } from "./verdictDto";

const listVerdictsSchema = z.strictObject({ scaleId: z.uuid("Unknown rating scale.").nullish() }).default({});

/** The verdicts staff can give now, best last: the current version of the named scale, or the newsroom's scale. */
export const listVerdicts = defineVerb("listVerdicts", async (ctx, input: z.input<typeof listVerdictsSchema> | void): Promise<VerdictDto[]> => {
  await authorize(ctx, "desk:read");
  const { scaleId } = parseInput(listVerdictsSchema, input ?? undefined);
  return currentVerdicts(ctx.db, scaleId ?? null);
});
