import Link from "next/link";
import type { WorkspaceDto } from "@/lib/services/articles/workspace";
import { ClaimProgress } from "./ClaimProgress";
import { PublishForm } from "./PublishForm";
import type { WorkspaceActions } from "./workspaceActions";

/** Title, where the article comes from, its publication state and review progress; the Publish control for editors. */
export function WorkspaceHeader({
  article,
  counts,
  canPublish,
  publish,
}: {
  article: WorkspaceDto["article"];
  counts: WorkspaceDto["counts"];
  canPublish: boolean;
  publish: WorkspaceActions["publishArticle"];
}) {
  const source = [
    article.sourceOutlet,
    article.originalAuthor ? `by ${article.originalAuthor}` : null,
    article.originalPublishedOn ? `published ${article.originalPublishedOn}` : null,
  ].filter(Boolean);
  return (
    <header className="flex flex-col gap-3 border-b border-stone-200 pb-4">
      <Link href="/desk" className="text-sm text-blue-800 underline-offset-2 hover:underline">
        ← All articles
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-stone-600">
            {source.length ? `${source.join(", ")}. ` : "Source not given. "}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline">
                Original article
              </a>
            ) : null}
          </p>
          <p className="text-sm">
            {article.publishedVersion ? (
              <>
                <span className="font-medium">Published version {article.publishedVersion}</span>
                {" · "}
                <Link href={`/articles/${article.slug}`} className="text-blue-800 underline">
                  Public page
                </Link>
              </>
            ) : (
              <span className="font-medium">Draft</span>
            )}
          </p>
        </div>
        {canPublish ? <PublishForm articleId={article.id} nextVersion={(article.publishedVersion ?? 0) + 1} publish={publish} /> : null}
      </div>
      <ClaimProgress counts={counts} />
    </header>
  );
}
