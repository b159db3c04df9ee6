import { eq } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";

const removeSchema = z.strictObject({ sourceId: z.uuid("Unknown source.") });

/** Takes an address off the list of sources. What was imported from it stays in the archive. */
export const removeFactCheckSource = defineVerb("removeFactCheckSource", async (ctx, input: z.input<typeof removeSchema>): Promise<{ removed: string }> => {
  await authorize(ctx, "factcheck:import");
  const { sourceId } = parseInput(removeSchema, input);
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.delete(factCheckSources).where(eq(factCheckSources.id, sourceId)).returning();
    if (!before) throw new NotFoundError("That source");
    await recordAudit(tx, {
      action: "factcheck.source_remove",
      entityType: "fact_check_source",
      entityId: sourceId,
      before: { url: before.url, everyHours: before.everyHours, kind: before.kind },
    });
    return { removed: sourceId };
  });
});
