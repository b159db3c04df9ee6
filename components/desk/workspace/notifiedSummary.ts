import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { CommentPostedDto } from "@/lib/services/comments/commentDto";
import { listOf } from "./phraseList";

/**
 * What a comment's mentions did, as sentences to follow "Comment posted." (each after a space; empty when it
 * mentions nobody).
 */
export function useNotifiedSummary(): (posted: Pick<CommentPostedDto, "notified" | "unknownMentions">) => string {
  const t = useTranslations("review.conversation");
  const shared = useTranslations("review.shared");
  return useCallback(
    ({ notified, unknownMentions }) => {
      const parts: string[] = [];
      if (notified.length) parts.push(` ${t("notified", { names: listOf(notified, shared) })}`);
      if (unknownMentions.length) {
        const handles = listOf(
          unknownMentions.map((handle) => `@${handle}`),
          shared,
        );
        parts.push(` ${t("unknownMentions", { handles })}`);
      }
      return parts.join("");
    },
    [t, shared],
  );
}
