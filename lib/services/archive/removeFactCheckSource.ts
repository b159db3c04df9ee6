import { eq } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const removeSchema = z.strictObject({ sourceId: z.uuid(said("unknownSource")) });

/** Takes an address off the list of sources. What was imported from it stays in the archive. */
export const removeFactCheckSource = defineVerb({
  name: "removeFactCheckSource",
  permission: "factcheck:import",
  input: removeSchema,
  audit: [{ action: "factcheck.source_remove", entityType: "fact_check_source", records: "before" }],
}, async (ctx, { sourceId }): Promise<{ removed: string }> => {
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.delete(factCheckSources).where(eq(factCheckSources.id, sourceId)).returning();
    if (!before) throw new NotFoundError(words("sourceNotFound"));
    await recordAudit(tx, {
      action: "factcheck.source_remove",
      entityType: "fact_check_source",
      entityId: sourceId,
      before: { url: before.url, everyHours: before.everyHours, kind: before.kind },
    });
    return { removed: sourceId };
  });
});
