import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { languageAttributes } from "@/lib/domain/languages";
import type { DiffParagraph } from "@/lib/services/publishing/versionsDto";

const MARKS = {
  inserted: { Tag: "ins", said: "added", mark: "+", className: "rounded-sm bg-green-100 px-0.5 font-medium text-green-950 underline decoration-2 underline-offset-4" },
  deleted: { Tag: "del", said: "removed", mark: "−", className: "rounded-sm bg-red-100 px-0.5 text-red-950 line-through decoration-2" },
} as const;

/**
 * Text compared word by word: added words underlined and marked “+”, removed ones struck through and marked “−”,
 * so the change reads without colour; screen readers hear “added” and “removed”. `language`: the text's, when it is
 * an article's own (its lang and dir; the marks' words stay in the page's).
 */
export function WordDiffText({ paragraphs, className = "", language }: { paragraphs: DiffParagraph[]; className?: string; language?: string | null }) {
  const t = useTranslations("reader.wordDiff");
  const page = useLocale();
  return (
    <div className={`flex flex-col gap-3 ${className}`} {...languageAttributes(language)}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {paragraph.map((change, j) => {
            if (change.kind !== "inserted" && change.kind !== "deleted") return <span key={j}>{change.text}</span>;
            const { Tag, className, said, mark } = MARKS[change.kind];
            return (
              <Tag key={j} className={className}>
                <span className="sr-only" {...(language ? { lang: page } : {})}>{`[${t(said)}: `}</span>
                <span aria-hidden className="text-xs font-bold no-underline">
                  {mark}
                </span>
                {change.text}
                <span className="sr-only">]</span>
              </Tag>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** The key to the marks above. */
export function WordDiffLegend() {
  const t = useTranslations("reader.wordDiff");
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      {t.rich("legend", {
        ins: (chunks: ReactNode) => <ins className="rounded-sm bg-green-100 px-0.5 underline decoration-2 underline-offset-4">{chunks}</ins>,
        del: (chunks: ReactNode) => <del className="rounded-sm bg-red-100 px-0.5 line-through decoration-2">{chunks}</del>,
      })}
    </p>
  );
}
