"use server";

// Thin server actions for bringing in an article: each checks that its argument is an object and calls a service
// verb, which authorizes and validates the fields.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getServiceContext } from "@/lib/auth";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";
import type { ExtractedArticle } from "@/lib/domain/articleExtraction";
import { createArticle, type ArticleFieldsInput } from "@/lib/services/articles/createArticle";
import { previewImport, type PreviewImportInput } from "@/lib/services/articles/previewImport";

/** Saves the article and opens its workspace; only a failure comes back as a result. */
export async function createArticleAction(fields: ArticleFieldsInput): Promise<ActionResult<never>> {
  const read = await readActionInput(objectInput<ArticleFieldsInput>(), fields);
  if (!read.ok) return read;
  const result = await runAction(async () => createArticle(await getServiceContext(), read.data));
  if (!result.ok) return result;
  revalidatePath("/desk");
  // Outside runAction's try: redirect works by throwing.
  redirect(`/desk/articles/${result.data.id}`);
}

/** Fetches a web page and returns the article found in it, for the editor to check before saving. */
export async function previewImportAction(input: PreviewImportInput): Promise<ActionResult<ExtractedArticle>> {
  const read = await readActionInput(objectInput<PreviewImportInput>(), input);
  if (!read.ok) return read;
  return runAction(async () => previewImport(await getServiceContext(), read.data));
}
