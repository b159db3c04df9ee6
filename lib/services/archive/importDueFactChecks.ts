import { and, asc, inArray, isNull, lte, or } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { FactCheckSourceReadDto } from "./factCheckSourceDto";
import { leaseFrom, readTakenSource } from "./sourceReads";

/** Sources read at most in one run; the rest wait for the next run (a minute later), or another instance. */
export const SOURCES_PER_RUN = 5;

const dueSchema = z.strictObject({ now: z.date().optional() }).optional();

/**
 * The schedule's work, run by the server every minute (lib/jobs/factCheckSourceTimer.ts): reads the sources whose
 * time has come (`now`, for tests a clock of their own) and adds what is new. Sources are taken with FOR UPDATE
 * SKIP LOCKED and marked as being read in one transaction, so two instances never read the same source at once.
 * No role may call it: only the server itself (the system context).
 */
export const importDueFactChecks = defineVerb({
  name: "importDueFactChecks",
  // The schedule's run, by the server itself every minute: no role may call it. One entry per source read.
  permission: "system:maintain",
  input: dueSchema,
  audit: [{ action: "factcheck.source_read", entityType: "fact_check_source", records: "after", each: true }],
}, async (ctx, due): Promise<FactCheckSourceReadDto[]> => {
  const now = due?.now ?? new Date();
  const taken = await transaction(ctx, async (tx) => {
    const due = await tx.db
      .select({ id: factCheckSources.id })
      .from(factCheckSources)
      .where(and(lte(factCheckSources.nextReadAt, now), or(isNull(factCheckSources.readingUntil), lte(factCheckSources.readingUntil, now))))
      .orderBy(asc(factCheckSources.nextReadAt), asc(factCheckSources.id))
      .limit(SOURCES_PER_RUN)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((row) => row.id);
    const rows = await tx.db.update(factCheckSources).set({ readingUntil: leaseFrom(now) }).where(inArray(factCheckSources.id, ids)).returning();
    return ids.map((id) => rows.find((row) => row.id === id)!);
  });
  const reads: FactCheckSourceReadDto[] = [];
  for (const source of taken) reads.push(await readTakenSource(ctx, null, source, now));
  return reads;
});
