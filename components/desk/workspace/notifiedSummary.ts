import type { CommentPostedDto } from "@/lib/services/comments/commentDto";

/** What a comment's mentions did, as a sentence to follow "Comment posted." (empty when it mentions nobody). */
export function notifiedSummary({ notified, unknownMentions }: Pick<CommentPostedDto, "notified" | "unknownMentions">): string {
  const parts: string[] = [];
  if (notified.length) parts.push(` Notified: ${notified.join(", ")}.`);
  if (unknownMentions.length) {
    const handles = unknownMentions.map((handle) => `@${handle}`).join(", ");
    parts.push(` Nobody was told about ${handles}: no colleague who can see this claim has that handle.`);
  }
  return parts.join("");
}
