import { randomUUID } from "node:crypto";
import { z } from "zod";
import { factChecks } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { ClaimReviewFileError, parseClaimReviews } from "@/lib/domain/claimReviewImport";
import { FORM_BODY_BYTES, sizeInWords } from "@/lib/domain/limits";
import { fetchPage } from "../articles/fetchPage";
import { bumpArchiveGeneration } from "./archiveEntries";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { FactCheckImportDto } from "./factCheckImportDto";

/** Largest file read, in characters: it arrives in a page's form, whose body is at most FORM_BODY_BYTES. */
export const MAX_IMPORT_CHARACTERS = FORM_BODY_BYTES;
/** Largest page read from a web address, in bytes (about 20 MB of JSON: some 50,000 ClaimReviews). */
const MAX_FETCHED_BYTES = 20 * 1024 * 1024;
const INSERT_BATCH = 500;

const DATA_TYPES = {
  accepted: new Set(["application/json", "application/ld+json", "application/x-ndjson", "application/jsonl", "text/html", "application/xhtml+xml", "text/plain"]),
  described: "ClaimReview data: JSON, JSON Lines or a web page with ClaimReview markup",
};

const importSchema = z.union([
  z.strictObject({
    text: z.string().min(1, "Choose a file to import.").max(MAX_IMPORT_CHARACTERS, `The file is too large (at most ${sizeInWords(FORM_BODY_BYTES)}).`),
  }),
  z.strictObject({
    url: z.url({ protocol: /^https?$/, error: "Enter a full web address starting with http:// or https://." }).max(2048),
  }),
]);

export type ImportFactChecksInput = z.input<typeof importSchema>;

/**
 * Imports other fact-checkers' ClaimReviews from a file's text or from a web address (fetched through the
 * SSRF-guarded fetcher) into the archive. All or nothing: a file that cannot be read imports nothing; within a
 * readable file, broken records and addresses already in the archive are skipped with the reason.
 */
export const importFactChecks = defineVerb("importFactChecks", async (ctx, input: ImportFactChecksInput): Promise<FactCheckImportDto> => {
  const actor = await authorize(ctx, "factcheck:import");
  const data = parseInput(importSchema, input);
  const text = "url" in data ? (await fetchPage(data.url, { maxBytes: MAX_FETCHED_BYTES, types: DATA_TYPES })).text : data.text;
  let parsed;
  try {
    parsed = parseClaimReviews(text);
  } catch (error) {
    if (error instanceof ClaimReviewFileError) throw new ValidationError(error.message);
    throw error;
  }
  const { format, records } = parsed;
  const skipped = [...parsed.skipped];

  return transaction(ctx, async (tx) => {
    const fresh: string[] = [];
    for (let start = 0; start < records.length; start += INSERT_BATCH) {
      const batch = records.slice(start, start + INSERT_BATCH);
      const inserted = await tx.db
        .insert(factChecks)
        .values(batch.map(({ factCheck }) => ({ ...factCheck, importedBy: actor?.id ?? null })))
        .onConflictDoNothing({ target: factChecks.url })
        .returning({ url: factChecks.url });
      const insertedUrls = new Set(inserted.map((row) => row.url));
      for (const { record, factCheck } of batch) {
        if (insertedUrls.has(factCheck.url)) fresh.push(factCheck.url);
        else skipped.push({ record, url: factCheck.url, reason: "Already in the archive." });
      }
    }
    skipped.sort((a, b) => a.record - b.record);
    const summary = { importId: randomUUID(), format, imported: fresh.length, skipped };
    await recordAudit(tx, {
      action: "factcheck.import",
      entityType: "fact_check_import",
      entityId: summary.importId,
      after: {
        from: "url" in data ? data.url : "file",
        format,
        imported: fresh.length,
        skipped: skipped.length,
        // The first addresses imported, to find them again; the archive itself holds the rest.
        urls: fresh.slice(0, 20),
      },
    });
    if (fresh.length) await bumpArchiveGeneration(tx.db);
    return summary;
  });
});
