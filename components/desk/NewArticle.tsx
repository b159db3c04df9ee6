"use client";

import { useState } from "react";
import { ArticleFieldsForm, type SaveArticle } from "./ArticleFieldsForm";
import { articleFormValues, EMPTY_ARTICLE, type ArticleFormValues } from "./articleFormValues";
import { ImportArticleForm, type PreviewImport } from "./ImportArticleForm";

/** The two ways in: import from a web address (which fills the form for checking) or paste. */
export function NewArticle({ save, preview }: { save: SaveArticle; preview: PreviewImport }) {
  const [imported, setImported] = useState<{ values: ArticleFormValues; n: number } | null>(null);
  return (
    <div className="flex flex-col gap-6">
      <ImportArticleForm preview={preview} onPreview={(p) => setImported((prev) => ({ values: articleFormValues(p), n: (prev?.n ?? 0) + 1 }))} />
      {/* A new preview replaces what the form held: remount it with the preview's values. */}
      <ArticleFieldsForm key={imported?.n ?? 0} initial={imported?.values ?? EMPTY_ARTICLE} save={save} fromImport={Boolean(imported)} />
    </div>
  );
}
