"use client";

import { useTranslations } from "next-intl";
import { useCallback, useContext, useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import type { ConversationDto } from "@/lib/services/comments/commentDto";
import { CommentForm } from "./CommentForm";
import { CommentItem } from "./CommentItem";
import type { ConversationActions } from "./conversationActions";
import { useNotifiedSummary } from "./notifiedSummary";
import { ReportContext, useWorkspaceAction } from "./outcome";

/**
 * The selected claim's internal conversation: staff only, never published. Loaded when the claim is chosen and
 * again after each change made here (or on request), so the workspace page itself stays as it was.
 */
export function Conversation({ claimId, actions }: { claimId: string; actions: ConversationActions }) {
  const t = useTranslations("review.conversation");
  const notifiedSummary = useNotifiedSummary();
  const report = useContext(ReportContext);
  const [thread, setThread] = useState<ConversationDto | null>(null);
  const [failed, setFailed] = useState(false);
  const [loading, startLoading] = useTransition();
  const [posting, run] = useWorkspaceAction();

  const load = useCallback(() => {
    startLoading(async () => {
      const result = await actions.listComments({ claimId }).catch(() => null);
      if (result?.ok) {
        setThread(result.data);
        setFailed(false);
      } else {
        setFailed(true);
        report({ tone: "error", text: result?.error ?? t("loadFailed") });
      }
    });
  }, [actions, claimId, report, t]);

  useEffect(load, [load]);

  const headingId = `conversation-${claimId}`;
  return (
    <section aria-labelledby={headingId} aria-busy={loading} className="flex flex-col gap-3 border-t border-stone-200 pt-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {t("heading")}
        </h3>
        <Button type="button" variant="ghost" className="text-xs" disabled={loading} onClick={load}>
          {loading ? t("loading") : t("check")}
        </Button>
      </div>
      <p className="text-xs text-stone-600">{t("staffOnly")}</p>
      {thread === null ? (
        <p className="text-sm text-stone-600">{failed ? t("notLoaded") : t("loadingThread")}</p>
      ) : (
        <>
          {thread.comments.length ? (
            <ol aria-label={t("comments")} className="flex flex-col gap-2">
              {thread.comments.map((comment) => (
                <CommentItem key={comment.id} comment={comment} mentionable={thread.mentionable} actions={actions} onChanged={load} />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-stone-600">{t("empty")}</p>
          )}
          {thread.canComment ? (
            <CommentForm
              label={t("add")}
              submitLabel={t("post")}
              pendingLabel={t("posting")}
              pending={posting}
              mentionable={thread.mentionable}
              draftOf={{ claimId, baseVersion: 1 }}
              save={(body, done) =>
                run(() => actions.addComment({ claimId, body }), {
                  success: (posted) => `${t("posted")}${notifiedSummary(posted)}`,
                  onSuccess: () => {
                    done(null);
                    load();
                  },
                  onFailure: (r) => done(r.fieldErrors ?? {}),
                })
              }
            />
          ) : (
            <p className="text-sm text-stone-600">{t("cannotComment")}</p>
          )}
        </>
      )}
    </section>
  );
}
