import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";
import { FORM_BODY_BYTES, MAX_IMPORT_CHARACTERS, MAX_URL_CHARACTERS, sizeInWords } from "@/lib/domain/limits";
import { isNewsFeed } from "@/lib/domain/newsFeed";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { FactCheckImportDto } from "./factCheckImportDto";
import { fetchClaimReviews, type FetchedClaimReviews } from "./fetchClaimReviews";
import { readClaimReviewsInTime } from "./readClaimReviewsInTime";
import { storeFactChecks } from "./storeFactChecks";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const FEED_FILE =
  words("newsFeedFile");

const importSchema = z.union([
  z.strictObject({
    text: z.string().min(1, said("chooseFileToImport")).max(MAX_IMPORT_CHARACTERS, said("fileTooLarge", { size: sizeInWords(FORM_BODY_BYTES) })),
  }),
  z.strictObject({
    url: z.url({ protocol: /^https?$/, error: said("enterFullWebAddress") }).max(MAX_URL_CHARACTERS),
  }),
]);

export type ImportFactChecksInput = z.input<typeof importSchema>;

/**
 * Imports other fact-checkers' ClaimReviews from a file's text or from a web address (fetched through the
 * SSRF-guarded fetcher: a page, a data file, every page of a Factdesk API answer, or the pages a news feed links
 * to) into the archive. All or nothing: a file that cannot be read imports nothing; within a readable file, broken
 * records and reviews already in the archive are skipped with the reason.
 */
export const importFactChecks = defineVerb({
  name: "importFactChecks",
  permission: "factcheck:import",
  input: importSchema,
  audit: [{ action: "factcheck.import", entityType: "fact_check_import", records: "after" }],
}, async (ctx, data, actor): Promise<FactCheckImportDto> => {
  const read = "url" in data ? await fetchClaimReviews(data.url) : await readFile(data.text);

  return transaction(ctx, async (tx) => {
    const { imported, skipped } = await storeFactChecks(tx.db, read.records, actor?.id ?? null);
    const allSkipped = [...read.skipped, ...skipped].sort((a, b) => a.record - b.record);
    const summary = { importId: randomUUID(), format: read.format, imported: imported.length, skipped: allSkipped };
    await recordAudit(tx, {
      action: "factcheck.import",
      entityType: "fact_check_import",
      entityId: summary.importId,
      after: {
        from: "url" in data ? data.url : "file",
        format: read.format,
        imported: imported.length,
        skipped: allSkipped.length,
        // The first addresses imported, to find them again; the archive itself holds the rest.
        urls: imported.slice(0, 20),
      },
    });
    return summary;
  });
});

async function readFile(text: string): Promise<Pick<FetchedClaimReviews, "format" | "records" | "skipped">> {
  if (isNewsFeed(text)) throw new ValidationError(FEED_FILE);
  return readClaimReviewsInTime(text);
}
