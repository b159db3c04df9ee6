"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { LocalTime } from "@/components/ui/LocalTime";
import type { CommentDto, CommentPostedDto, MentionableDto } from "@/lib/services/comments/commentDto";
import { CommentBody } from "./CommentBody";
import { CommentForm } from "./CommentForm";
import { useNotifiedSummary } from "./notifiedSummary";
import { useWorkspaceAction } from "./outcome";
import type { ConversationActions } from "./conversationActions";

/** One comment of a conversation, with Edit and Delete for whoever may still change it. */
export function CommentItem({
  comment,
  mentionable,
  actions,
  onChanged,
}: {
  comment: CommentDto;
  mentionable: MentionableDto[];
  actions: Pick<ConversationActions, "editComment" | "deleteComment">;
  onChanged: () => void;
}) {
  const t = useTranslations("review.commentItem");
  const shared = useTranslations("review.shared");
  const notifiedSummary = useNotifiedSummary();
  const [mode, setMode] = useState<"read" | "edit" | "delete">("read");
  const [pending, run] = useWorkspaceAction();
  const headingId = `comment-${comment.id}`;

  return (
    <li aria-labelledby={headingId} className={`flex flex-col gap-1 rounded-md border p-2 ${comment.kind === "return" ? "border-amber-300 bg-amber-50" : "border-stone-200"}`}>
      <p id={headingId} className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-700">
        <strong className="text-sm text-stone-900">{comment.authorName}</strong>
        <LocalTime iso={comment.createdAt} />
        {comment.editedAt ? <span>{t("edited")}</span> : null}
      </p>
      {comment.kind === "return" ? <p className="text-sm font-semibold text-amber-900">{t("returned")}</p> : null}
      {mode === "edit" ? (
        <CommentForm
          label={t("editLabel")}
          initial={comment.body}
          submitLabel={t("save")}
          pendingLabel={shared("saving")}
          pending={pending}
          mentionable={mentionable}
          onCancel={() => setMode("read")}
          save={(body, done) =>
            run(() => actions.editComment({ commentId: comment.id, body }), {
              success: (posted: CommentPostedDto) => `${t("saved")}${notifiedSummary(posted)}`,
              onSuccess: () => {
                done(null);
                setMode("read");
                onChanged();
              },
              onFailure: (r) => done(r.fieldErrors ?? {}),
            })
          }
        />
      ) : (
        <CommentBody body={comment.body} />
      )}
      {mode === "delete" ? (
        <div role="group" aria-label={t("deleteQuestion")} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-red-900">{t("deleteQuestion")}</span>
          <Button
            type="button"
            variant="danger"
            disabled={pending}
            aria-busy={pending}
            onClick={() => run(() => actions.deleteComment({ commentId: comment.id }), { onSuccess: onChanged })}
          >
            {pending ? t("deleting") : t("confirmDelete")}
          </Button>
          <Button type="button" variant="secondary" disabled={pending} autoFocus onClick={() => setMode("read")}>
            {shared("cancel")}
          </Button>
        </div>
      ) : null}
      {mode === "read" && (comment.canEdit || comment.canDelete) ? (
        <div className="flex gap-2">
          {comment.canEdit ? (
            <Button type="button" variant="ghost" aria-describedby={headingId} onClick={() => setMode("edit")}>
              {t("edit")}
            </Button>
          ) : null}
          {comment.canDelete ? (
            <Button type="button" variant="ghost" className="text-red-800" aria-describedby={headingId} onClick={() => setMode("delete")}>
              {t("delete")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
