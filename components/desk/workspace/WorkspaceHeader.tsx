"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { ArticleDetailsForm } from "./ArticleDetailsForm";
import { ClaimProgress } from "./ClaimProgress";
import { PublishForm } from "./PublishForm";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * Title, where the article comes from, its publication state and review progress; for editors, the controls to
 * edit those details and to publish.
 */
export function WorkspaceHeader({
  article,
  publishStamp,
  counts,
  canEditDetails,
  saveDetails,
  canPublish,
  publish,
}: {
  article: WorkspaceDto["article"];
  publishStamp: string;
  counts: WorkspaceDto["counts"];
  canEditDetails: boolean;
  saveDetails: WorkspaceActions["updateArticleDetails"];
  canPublish: boolean;
  publish: WorkspaceActions["publishArticle"];
}) {
  const [editing, setEditing] = useState(false);
  const editButtonId = useId();
  const returnFocus = useRef(false);
  // Back to the control that opened the form, so keyboard users keep their place. In an effect, because the
  // close may come from a transition that commits later than the next animation frame.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    document.getElementById(editButtonId)?.focus();
  }, [editing, editButtonId]);
  function stopEditing() {
    returnFocus.current = true;
    setEditing(false);
  }
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
        <div className="flex flex-wrap items-start gap-2">
          {canEditDetails && !editing ? (
            <Button id={editButtonId} type="button" variant="secondary" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          ) : null}
          {canPublish ? (
            <PublishForm
              shown={{ articleId: article.id, version: article.version, textRevision: article.textRevision, publishStamp }}
              nextVersion={(article.publishedVersion ?? 0) + 1}
              publish={publish}
            />
          ) : null}
        </div>
      </div>
      {canEditDetails && editing ? <ArticleDetailsForm article={article} save={saveDetails} onDone={stopEditing} /> : null}
      <ClaimProgress counts={counts} />
    </header>
  );
}
