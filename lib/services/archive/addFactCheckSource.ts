import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { parseImportUrl } from "@/lib/net/importSafety";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { toSourceDto, type FactCheckSourceDto } from "./factCheckSourceDto";
import { MAX_FACT_CHECK_SOURCES, MAX_URL_CHARACTERS } from "@/lib/domain/limits";

/** The schedules offered, in hours: every hour, every six hours, daily, weekly. */
export const SOURCE_SCHEDULES = [1, 6, 24, 168] as const;
const SCHEDULE_ERROR = "Choose how often to read it: every hour, every 6 hours, every day or every week, or only when asked.";

const addSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "Enter a full web address starting with http:// or https://." }).max(MAX_URL_CHARACTERS, "That web address is too long."),
  /** Hours between reads (a form's text is read as a number); null: only when someone asks. */
  everyHours: z.coerce
    .number(SCHEDULE_ERROR)
    .refine((hours) => (SOURCE_SCHEDULES as readonly number[]).includes(hours), SCHEDULE_ERROR)
    .nullable()
    .default(null),
});

export type AddFactCheckSourceInput = z.input<typeof addSchema>;

/**
 * Adds an address to read other fact-checkers' ClaimReviews from (a page, a data file, a Factdesk API answer or a
 * news feed), read on a schedule or only when asked. A scheduled source is due at once: the server reads it
 * within a minute. Nothing is fetched here.
 */
export const addFactCheckSource = defineVerb("addFactCheckSource", async (ctx, input: AddFactCheckSourceInput): Promise<FactCheckSourceDto> => {
  const actor = await authorize(ctx, "factcheck:import");
  const data = parseInput(addSchema, input);
  const url = parseImportUrl(data.url).toString();
  const now = new Date();
  return transaction(ctx, async (tx) => {
    const [existing] = await tx.db.select({ id: factCheckSources.id }).from(factCheckSources).where(eq(factCheckSources.url, url));
    if (existing) throw new ValidationError("That address is already in the list of sources.", { url: "That address is already in the list of sources." });
    const [{ n } = { n: 0 }] = await tx.db.select({ n: count() }).from(factCheckSources);
    if (n >= MAX_FACT_CHECK_SOURCES) throw new ValidationError(`The list holds ${MAX_FACT_CHECK_SOURCES} sources, the most it can. Remove one you no longer need first.`);
    const [row] = await tx.db
      .insert(factCheckSources)
      .values({ url, everyHours: data.everyHours, nextReadAt: data.everyHours ? now : null, addedBy: actor?.id ?? null })
      .returning();
    await recordAudit(tx, { action: "factcheck.source_add", entityType: "fact_check_source", entityId: row!.id, after: { url, everyHours: data.everyHours } });
    return toSourceDto(row!, now);
  });
});
