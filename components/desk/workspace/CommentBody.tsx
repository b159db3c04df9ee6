import { LinkedParagraphs } from "@/components/ui/LinkedParagraphs";
import { commentParagraphs } from "@/lib/domain/commentText";

/**
 * A comment's text: its paragraphs and line breaks, bare http(s) addresses as links (in a new tab), mentions marked.
 * Each paragraph reads in the direction of its own words, whatever the interface's: an English note in the Arabic
 * desk, an Arabic one in the English desk.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <LinkedParagraphs
      paragraphs={commentParagraphs(body)}
      className="flex flex-col gap-2 text-sm break-words"
      linkClassName="break-all text-blue-800 underline"
      linkRel="noopener noreferrer nofollow"
      newTab
      direction="auto"
    />
  );
}
