import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NewArticle } from "@/components/desk/NewArticle";
import { requirePageActor } from "@/lib/web/pageAccess";
import { createArticleAction, previewImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.newArticle");
  return { title: t("title") };
}

export default async function NewArticlePage() {
  await requirePageActor("/desk/articles/new", "article:create");
  const t = await getTranslations("desk.newArticle");
  return (
    <section aria-labelledby="new-article-heading" className="flex max-w-3xl flex-col gap-4">
      <Link prefetch={false} href="/desk" className="text-sm text-blue-800 underline-offset-2 hover:underline">
        <span aria-hidden className="inline-block rtl:-scale-x-100">
          ←
        </span>{" "}
        {t("back")}
      </Link>
      <h1 id="new-article-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h1>
      <p className="text-stone-700">{t("intro")}</p>
      <NewArticle save={createArticleAction} preview={previewImportAction} />
    </section>
  );
}
