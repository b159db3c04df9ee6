"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { languageName } from "@/lib/domain/languages";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { ArticleDetailsForm } from "./ArticleDetailsForm";
import { ClaimProgress } from "./ClaimProgress";
import { LocalTime } from "@/components/ui/LocalTime";
import { PublishPanel } from "./PublishPanel";
import { RetractControl } from "./RetractControl";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * Title, where the article comes from, its publication state and review progress; for editors, the controls to
 * edit those details, to publish (after a preview) and to retract.
 */
export function WorkspaceHeader({
  article,
  counts,
  canEditDetails,
  saveDetails,
  canPublish,
  publishing,
}: {
  article: WorkspaceDto["article"];
  counts: WorkspaceDto["counts"];
  canEditDetails: boolean;
  saveDetails: WorkspaceActions["updateArticleDetails"];
  canPublish: boolean;
  publishing: {
    preview: WorkspaceActions["previewPublication"];
    publish: WorkspaceActions["publishArticle"];
    retract: WorkspaceActions["retractArticle"];
  };
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
      <Link prefetch={false} href="/desk" className="text-sm text-blue-800 underline-offset-2 hover:underline">
        ← All articles
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-stone-600">
            {source.length ? `${source.join(", ")}. ` : "Source not given. "}
            {article.language ? `In ${languageName(article.language)}. ` : "Language unknown. "}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline">
                Original article
              </a>
            ) : null}
          </p>
          <PublicationState article={article} />
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {canEditDetails && !editing ? (
            <Button id={editButtonId} type="button" variant="secondary" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          ) : null}
        </div>
      </div>
      {canEditDetails && editing ? <ArticleDetailsForm article={article} save={saveDetails} onDone={stopEditing} /> : null}
      {canPublish ? (
        <div className="flex flex-col items-start gap-2">
          <PublishPanel articleId={article.id} retracted={article.retracted !== null} preview={publishing.preview} publish={publishing.publish} />
          {article.publishedVersion && !article.retracted ? (
            <RetractControl articleId={article.id} version={article.version} retract={publishing.retract} />
          ) : null}
        </div>
      ) : null}
      <ClaimProgress counts={counts} />
    </header>
  );
}

/** Draft, published (which version) or retracted (when and why), with the public page's link. */
function PublicationState({ article }: { article: WorkspaceDto["article"] }) {
  if (!article.publishedVersion) {
    return (
      <p className="text-sm">
        <span className="font-medium">Draft</span>: readers see nothing yet.
      </p>
    );
  }
  const link = (
    <Link prefetch={false} href={`/articles/${article.slug}`} className="text-blue-800 underline">
      Public page
    </Link>
  );
  if (article.retracted) {
    return (
      <p className="text-sm break-words">
        <span className="font-medium">Retracted</span> on <LocalTime iso={new Date(article.retracted.at).toISOString()} /> (version {article.publishedVersion}{" "}
        was public). Reason readers see: “{article.retracted.reason}” · {link}
      </p>
    );
  }
  return (
    <p className="text-sm">
      <span className="font-medium">Published version {article.publishedVersion}</span>
      {" · "}
      {link}
    </p>
  );
}
