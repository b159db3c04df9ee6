"use server";

// Thin server actions for bringing in an article: each only calls a service verb, which authorizes and validates.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getServiceContext } from "@/lib/auth";
import { runAction, type ActionResult } from "@/lib/web/actionResult";
import type { ExtractedArticle } from "@/lib/domain/articleExtraction";
import { createArticle, type ArticleFieldsInput } from "@/lib/services/articles/createArticle";
import { previewImport, type PreviewImportInput } from "@/lib/services/articles/previewImport";

/** Saves the article and opens its workspace; only a failure comes back as a result. */
export async function createArticleAction(fields: ArticleFieldsInput): Promise<ActionResult<never>> {
  const result = await runAction(async () => createArticle(await getServiceContext(), fields));
  if (!result.ok) return result;
  revalidatePath("/desk");
  // Outside runAction's try: redirect works by throwing.
  redirect(`/desk/articles/${result.data.id}`);
}

/** Fetches a web page and returns the article found in it, for the editor to check before saving. */
export async function previewImportAction(input: PreviewImportInput): Promise<ActionResult<ExtractedArticle>> {
  return runAction(async () => previewImport(await getServiceContext(), input));
}
