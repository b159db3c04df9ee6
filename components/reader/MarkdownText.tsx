import { markdownToSafeHtml } from "@/lib/domain/markdownText";

/**
 * An admin's Markdown (methodology, corrections policy) on a reader's page. The HTML comes only from
 * markdownToSafeHtml, which never passes raw HTML, script links or images through.
 */
export function MarkdownText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div
      className={`flex flex-col gap-3 leading-relaxed [&_a]:text-blue-800 [&_a]:underline dark:[&_a]:text-blue-300 [&_blockquote]:border-s-4 [&_blockquote]:border-stone-300 [&_blockquote]:ps-3 [&_code]:font-mono [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_li]:my-1 [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6 ${className}`}
      dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(text) }}
    />
  );
}
