"use server";

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { importFactChecks, MAX_IMPORT_CHARACTERS } from "@/lib/services/archive/importFactChecks";
import { runAction } from "@/lib/web/actionResult";

/** Imports an uploaded file or a web address of ClaimReview data; the verb authorizes and validates. */
export async function importFactChecksAction(form: FormData) {
  const file = form.get("file");
  const url = String(form.get("url") ?? "").trim();
  const result = await runAction(async () => {
    const ctx = await getServiceContext();
    if (file instanceof File && file.size > 0) {
      // The verb refuses longer text with a clear message; this only avoids reading a huge upload into memory.
      const text = file.size > MAX_IMPORT_CHARACTERS * 4 ? "x".repeat(MAX_IMPORT_CHARACTERS + 1) : await file.text();
      return importFactChecks(ctx, { text });
    }
    return importFactChecks(ctx, url ? { url } : { text: "" });
  });
  if (result.ok) refresh();
  return result;
}
