"use server";

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { addFactCheckSource } from "@/lib/services/archive/addFactCheckSource";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { readFactCheckSource } from "@/lib/services/archive/readFactCheckSource";
import { removeFactCheckSource } from "@/lib/services/archive/removeFactCheckSource";
import { formFile, formOf, formText, readActionInput, stringInput } from "@/lib/web/actionInput";
import { runAction } from "@/lib/web/actionResult";
import type { SkippedRecord } from "@/lib/domain/claimReviewImport";
import { errorLanguage } from "@/lib/web/errorLanguage";
import { wordedSkips } from "@/lib/web/errorWording";
import { MAX_IMPORT_CHARACTERS } from "@/lib/domain/limits";

/** After an import: the archive page refreshed, and each skipped record's reason said in the reader's language. */
async function refreshedWithReasons<T extends { skipped: readonly SkippedRecord[] }>(result: { ok: true; data: T }) {
  refresh();
  return { ...result, data: { ...result.data, skipped: wordedSkips(result.data.skipped, await errorLanguage()) } };
}

const importForm = formOf({ file: formFile, url: formText });

/** Imports an uploaded file or a web address of ClaimReview data; the verb authorizes and validates. */
export async function importFactChecksAction(formData: FormData) {
  const form = await readActionInput(importForm, formData);
  if (!form.ok) return form;
  const { file } = form.data;
  const url = form.data.url.trim();
  const result = await runAction(async () => {
    const ctx = await getServiceContext();
    if (file && file.size > 0) {
      // The verb refuses longer text with a clear message; this only avoids reading a huge upload into memory (a file
      // of more bytes than the limit's characters holds more characters than it, or is cut off by the body limit).
      const text = file.size > MAX_IMPORT_CHARACTERS ? "x".repeat(MAX_IMPORT_CHARACTERS + 1) : await file.text();
      return importFactChecks(ctx, { text });
    }
    return importFactChecks(ctx, url ? { url } : { text: "" });
  });
  return result.ok ? refreshedWithReasons(result) : result;
}

const sourceForm = formOf({ url: formText, everyHours: formText });

/** Adds a source to read regularly; "" as the schedule means only when asked (the verb checks the rest). */
export async function addFactCheckSourceAction(_state: unknown, formData: FormData) {
  const form = await readActionInput(sourceForm, formData);
  if (!form.ok) return form;
  const { url, everyHours } = form.data;
  const result = await runAction(async () => addFactCheckSource(await getServiceContext(), { url: url.trim(), everyHours: everyHours || null }));
  if (result.ok) refresh();
  return result;
}

/** "Read now": reads the source and adds what is new. */
export async function readFactCheckSourceAction(sourceId: string) {
  const read = await readActionInput(stringInput, sourceId);
  if (!read.ok) return read;
  const result = await runAction(async () => readFactCheckSource(await getServiceContext(), { sourceId: read.data }));
  return result.ok ? refreshedWithReasons(result) : result;
}

export async function removeFactCheckSourceAction(sourceId: string) {
  const read = await readActionInput(stringInput, sourceId);
  if (!read.ok) return read;
  const result = await runAction(async () => removeFactCheckSource(await getServiceContext(), { sourceId: read.data }));
  if (result.ok) refresh();
  return result;
}
