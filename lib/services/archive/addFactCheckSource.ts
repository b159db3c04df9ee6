import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { factCheckSources } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { parseImportUrl } from "@/lib/net/importSafety";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { toSourceDto, type FactCheckSourceDto } from "./factCheckSourceDto";
import { MAX_FACT_CHECK_SOURCES, MAX_URL_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

/** The schedules offered, in hours: every hour, every six hours, daily, weekly. */
export const SOURCE_SCHEDULES = [1, 6, 24, 168] as const;
const SCHEDULE_ERROR = said("chooseSchedule");

const addSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: said("enterFullWebAddress") }).max(MAX_URL_CHARACTERS, said("webAddressTooLong")),
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
export const addFactCheckSource = defineVerb({
  name: "addFactCheckSource",
  permission: "factcheck:import",
  input: addSchema,
  audit: [{ action: "factcheck.source_add", entityType: "fact_check_source", records: "after" }],
}, async (ctx, data, actor): Promise<FactCheckSourceDto> => {
  const url = parseImportUrl(data.url).toString();
  const now = new Date();
  return transaction(ctx, async (tx) => {
    const [existing] = await tx.db.select({ id: factCheckSources.id }).from(factCheckSources).where(eq(factCheckSources.url, url));
    if (existing) throw new ValidationError(words("sourceAlreadyListed"), { url: words("sourceAlreadyListed") });
    const [{ n } = { n: 0 }] = await tx.db.select({ n: count() }).from(factCheckSources);
    if (n >= MAX_FACT_CHECK_SOURCES) throw new ValidationError(words("sourceListFull", { max: MAX_FACT_CHECK_SOURCES }));
    const [row] = await tx.db
      .insert(factCheckSources)
      .values({ url, everyHours: data.everyHours, nextReadAt: data.everyHours ? now : null, addedBy: actor?.id ?? null })
      .returning();
    await recordAudit(tx, { action: "factcheck.source_add", entityType: "fact_check_source", entityId: row!.id, after: { url, everyHours: data.everyHours } });
    return toSourceDto(row!, now);
  });
});
