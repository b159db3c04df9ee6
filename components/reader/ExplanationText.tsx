import { LinkedParagraphs } from "@/components/ui/LinkedParagraphs";
import { explanationParagraphs } from "@/lib/domain/explanationText";

/** A reviewer's explanation: its paragraphs and line breaks kept, bare web addresses made links, everything else text. */
export function ExplanationText({ text }: { text: string }) {
  return (
    <LinkedParagraphs
      paragraphs={explanationParagraphs(text)}
      className="flex flex-col gap-2"
      linkClassName="break-all text-blue-800 underline dark:text-blue-300"
      linkRel="noopener noreferrer nofollow ugc"
    />
  );
}
