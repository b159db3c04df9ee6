"use client";

import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("workspace.header");
  const lists = useTranslations("workspace.lists");
  const locale = useLocale();
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
    article.originalAuthor ? t("byAuthor", { author: article.originalAuthor }) : null,
    article.originalPublishedOn ? t("publishedOn", { date: article.originalPublishedOn }) : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <header className="flex flex-col gap-3 border-b border-stone-200 pb-4">
      <Link prefetch={false} href="/desk" className="text-sm text-blue-800 underline-offset-2 hover:underline">
        <span aria-hidden className="inline-block rtl:-scale-x-100">
          ←
        </span>{" "}
        {t("allArticles")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-stone-600">
            {source.length ? t("source", { source: source.join(lists("separator")) }) : t("noSource")}{" "}
            {article.language ? t("inLanguage", { language: languageName(article.language, locale) }) : t("languageUnknown")}{" "}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline">
                {t("original")}
              </a>
            ) : null}
          </p>
          <PublicationState article={article} />
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {canEditDetails && !editing ? (
            <Button id={editButtonId} type="button" variant="secondary" onClick={() => setEditing(true)}>
              {t("editDetails")}
            </Button>
          ) : null}
        </div>
      </div>
      {canEditDetails && editing ? <ArticleDetailsForm article={article} save={saveDetails} onDone={stopEditing} /> : null}
      {canPublish ? (
        <div className="flex flex-col items-start gap-2">
          <PublishPanel articleId={article.id} retracted={article.retracted !== null} preview={publishing.preview} publish={publishing.publish} />
          {article.publishedVersion && !article.retracted ? (
            <RetractControl articleId={article.id} version={article.version} publishedVersion={article.publishedVersion} retract={publishing.retract} />
          ) : null}
        </div>
      ) : null}
      <ClaimProgress counts={counts} />
    </header>
  );
}

/** Draft, published (which version) or retracted (when and why), with the public page's link. */
function PublicationState({ article }: { article: WorkspaceDto["article"] }) {
  const t = useTranslations("workspace.header");
  const strong = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;
  if (!article.publishedVersion) {
    return <p className="text-sm">{t.rich("draft", { b: strong })}</p>;
  }
  const link = (
    <Link prefetch={false} href={`/articles/${article.slug}`} className="text-blue-800 underline">
      {t("publicPage")}
    </Link>
  );
  const { retracted } = article;
  if (retracted) {
    return (
      <p className="text-sm break-words">
        {t.rich("retracted", {
          b: strong,
          time: () => <LocalTime iso={new Date(retracted.at).toISOString()} />,
          version: article.publishedVersion,
          reason: retracted.reason,
        })}
        {" · "}
        {link}
      </p>
    );
  }
  return (
    <p className="text-sm">
      <span className="font-medium">{t("published", { version: article.publishedVersion })}</span>
      {" · "}
      {link}
    </p>
  );
}
