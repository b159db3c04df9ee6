import type { Metadata } from "next";
import Link from "next/link";
import { NewArticle } from "@/components/desk/NewArticle";
import { requirePageActor } from "@/lib/web/pageAccess";
import { createArticleAction, previewImportAction } from "./actions";

export const metadata: Metadata = { title: "Bring in an article" };

export default async function NewArticlePage() {
  await requirePageActor("/desk/articles/new", "article:create");
  return (
    <section aria-labelledby="new-article-heading" className="flex max-w-3xl flex-col gap-4">
      <Link prefetch={false} href="/desk" className="text-sm text-blue-800 underline-offset-2 hover:underline">
        ← Back to the desk
      </Link>
      <h1 id="new-article-heading" className="text-2xl font-semibold">
        Bring in an article
      </h1>
      <p className="text-stone-700">
        Import the article from its web address, or paste its text below. Once it is saved you can split it into claims to check.
      </p>
      <NewArticle save={createArticleAction} preview={previewImportAction} />
    </section>
  );
}
