import { eq } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/core/errors";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { FactCheckSourceReadDto } from "./factCheckSourceDto";
import { leaseFrom, readTakenSource } from "./sourceReads";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const readSchema = z.strictObject({ sourceId: z.uuid(said("unknownSource")) });

/**
 * Reads a source now ("read now" on the desk), whatever its schedule, and adds what is new to the archive; its
 * schedule counts again from now. A source another instance is reading is left to that read.
 */
export const readFactCheckSource = defineVerb({
  name: "readFactCheckSource",
  permission: "factcheck:import",
  input: readSchema,
  audit: [{ action: "factcheck.source_read", entityType: "fact_check_source", records: "after" }],
}, async (ctx, { sourceId }, actor): Promise<FactCheckSourceReadDto> => {
  const now = new Date();
  const source = await transaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(factCheckSources).where(eq(factCheckSources.id, sourceId)).for("update");
    if (!row) throw new NotFoundError(words("sourceNotFound"));
    if (row.readingUntil && row.readingUntil > now) {
      throw new ConflictError(words("sourceBeingRead"));
    }
    const [taken] = await tx.db.update(factCheckSources).set({ readingUntil: leaseFrom(now) }).where(eq(factCheckSources.id, sourceId)).returning();
    return taken!;
  });
  return readTakenSource(ctx, actor?.id ?? null, source, now);
});
