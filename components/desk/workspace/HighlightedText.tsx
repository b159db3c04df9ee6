"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { segmentText, textRanges, type Paragraph, type Span } from "@/lib/domain/textSegments";
import type { WorkspaceClaim, WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { STATUS_STYLE } from "./claimStatus";
import { useClaimStatusWords } from "./claimStatusWords";
import { trimSpan } from "./claimListOrder";

type Suggestion = WorkspaceDto["suggestions"][number];
type Lookup = { claims: Map<string, WorkspaceClaim>; suggestions: Map<string, Suggestion> };

const SUGGESTION_PREFIX = "suggestion:";

// A long text is rendered a range of lines at a time: the page (and the server, which renders the first range only)
// stays responsive while a text of a million characters fills in. A 20,000-word article is one range.
const RANGE_LINES = 2_000;
const RANGE_CHARACTERS = 200_000;

/**
 * The article text, rendered once per change of text or claims (not on selection or typing elsewhere): claims
 * highlighted by status, suggestions faintly. The selected claim is outlined by a style rule from the parent, so
 * selecting a claim does not re-render the text. Every run of text carries its offsets (data-start/data-end), which
 * turns a mouse selection into exact offsets of the body.
 */
export const HighlightedText = memo(function HighlightedText({
  body,
  claims,
  suggestions,
  onClaimClick,
  onTextSelect,
}: {
  body: string;
  claims: readonly WorkspaceClaim[];
  suggestions: readonly Suggestion[];
  onClaimClick: (claimId: string) => void;
  onTextSelect: ((span: { start: number; end: number } | null) => void) | null;
}) {
  const t = useTranslations("workspace.text");
  const root = useRef<HTMLDivElement>(null);
  const ranges = useMemo(() => textRanges(body, RANGE_LINES, RANGE_CHARACTERS), [body]);
  const shown = useRangesShown(ranges.length);
  const { spans, lookup } = useMemo(() => {
    const anchored = claims.filter((c) => c.anchorState !== "orphaned");
    const lookup: Lookup = {
      claims: new Map(anchored.map((c) => [c.id, c])),
      suggestions: new Map(suggestions.map((s) => [`${SUGGESTION_PREFIX}${s.start}`, s])),
    };
    const spans = [
      ...suggestions.map((s) => ({ id: `${SUGGESTION_PREFIX}${s.start}`, start: s.start, end: s.end })),
      ...anchored.map((c) => ({ id: c.id, start: c.start, end: c.end })),
    ];
    return { spans, lookup };
  }, [claims, suggestions]);

  function handleClick(event: React.MouseEvent<HTMLDivElement>) {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("[data-claims]");
    const id = mark?.dataset.claims?.split(" ").at(-1);
    if (id) onClaimClick(id);
  }

  function handleSelectionEnd() {
    if (!onTextSelect || !root.current) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onTextSelect(null);
    const range = selection.getRangeAt(0);
    const start = offsetAt(range.startContainer, range.startOffset, root.current);
    const end = offsetAt(range.endContainer, range.endOffset, root.current);
    onTextSelect(start === null || end === null ? null : trimSpan(body, start, end));
  }

  const filling = shown < ranges.length ? Math.floor((100 * ranges[shown - 1]!.end) / body.length) : null;
  return (
    <>
      <div
        ref={root}
        onClick={handleClick}
        onMouseUp={handleSelectionEnd}
        onKeyUp={handleSelectionEnd}
        className="flex flex-col gap-4 font-serif text-lg leading-relaxed [overflow-wrap:anywhere]"
      >
        {ranges.slice(0, shown).map((range) => (
          <MemoTextRange key={range.start} body={body} start={range.start} end={range.end} spans={spans} lookup={lookup} />
        ))}
      </div>
      {filling === null ? null : <p className="text-sm text-stone-600">{t("filling", { percent: filling })}</p>}
    </>
  );
});

/**
 * How many of `total` ranges of the text to render: the first at once (on the server too), then one more after each
 * render, as a transition, so that clicks and typing are not held up while a long text fills in.
 */
function useRangesShown(total: number): number {
  const [shown, setShown] = useState(1);
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

/** The paragraphs of text[start, end), which begins and ends at line breaks; rendered again only when they change. */
function TextRange({ body, start, end, spans, lookup }: { body: string; start: number; end: number; spans: readonly Span[]; lookup: Lookup }) {
  const { paragraphs, signatures } = useMemo(() => {
    const paragraphs = segmentText(body, spans, { start, end });
    return { paragraphs, signatures: paragraphs.map((p) => paragraphSignature(p, lookup)) };
  }, [body, start, end, spans, lookup]);
  return paragraphs.map((paragraph, i) => (
    <MemoParagraphText key={paragraph.start} paragraph={paragraph} lookup={lookup} signature={signatures[i]!} />
  ));
}
const MemoTextRange = memo(TextRange);

/**
 * Everything a paragraph's rendering depends on, as one string: after a change to one claim, only the paragraphs
 * whose signature changed are rendered again.
 */
function paragraphSignature(paragraph: Paragraph, lookup: Lookup): string {
  return paragraph.segments
    .map((s) => {
      const spans = s.spanIds.map((id) => {
        const claim = lookup.claims.get(id);
        if (claim) return `${id}/${claim.status}/${claim.anchorState}`;
        return `${id}/${lookup.suggestions.get(id)?.score ?? ""}`;
      });
      return `${s.start}:${spans.join(",")}:${s.text}`;
    })
    .join("|");
}

function ParagraphText({ paragraph, lookup }: { paragraph: Paragraph; lookup: Lookup; signature: string }) {
  const t = useTranslations("workspace.text");
  const locale = useLocale();
  const words = useClaimStatusWords();
  return (
    // Paragraphs off screen are neither laid out nor painted: a 20,000-word article stays cheap to scroll.
    <p data-start={paragraph.start} data-end={paragraph.end} className="[contain-intrinsic-size:auto_6rem] [content-visibility:auto]">
      {paragraph.segments.map((segment) => {
        const claimIds = segment.spanIds.filter((id) => lookup.claims.has(id));
        const claim = claimIds.length ? lookup.claims.get(claimIds[claimIds.length - 1]!) : undefined;
        if (claim) {
          const flag = words.flag[claim.anchorState];
          return (
            <mark
              key={segment.start}
              data-start={segment.start}
              data-end={segment.end}
              data-claims={claimIds.join(" ")}
              title={
                flag
                  ? t("markTitleFlagged", { status: words.status[claim.status], flag: flag.toLocaleLowerCase(locale) })
                  : t("markTitle", { status: words.status[claim.status] })
              }
              className={`cursor-pointer rounded-sm text-inherit underline decoration-2 underline-offset-4 ${STATUS_STYLE[claim.status].mark} ${
                flag ? "outline-1 outline-amber-600 outline-dashed" : ""
              }`}
            >
              {segment.text}
            </mark>
          );
        }
        const suggestion = segment.spanIds.map((id) => lookup.suggestions.get(id)).find(Boolean);
        if (suggestion) {
          return (
            <span
              key={segment.start}
              data-start={segment.start}
              data-end={segment.end}
              title={t("suggestionTitle", { score: suggestion.score })}
              className="bg-amber-50/70 underline decoration-stone-400 decoration-dotted decoration-1 underline-offset-4"
            >
              {segment.text}
            </span>
          );
        }
        return (
          <span key={segment.start} data-start={segment.start} data-end={segment.end}>
            {segment.text}
          </span>
        );
      })}
    </p>
  );
}
const MemoParagraphText = memo(ParagraphText, (a, b) => a.signature === b.signature);

/** The body offset of a DOM selection boundary inside the text, or null when it lies outside the text runs. */
function offsetAt(node: Node, offset: number, root: HTMLElement): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    return run ? Number(run.dataset.start) + offset : null;
  }
  if (!(node instanceof HTMLElement)) return null;
  const child = node.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.start) return Number(child.dataset.start);
  const container = node.closest<HTMLElement>("[data-end]");
  if (container) return Number(container.dataset.end);
  // A boundary on the root itself: before the first paragraph or after the last.
  const paragraphs = root.querySelectorAll<HTMLElement>("p[data-start]");
  const edge = offset === 0 ? paragraphs[0]?.dataset.start : paragraphs[paragraphs.length - 1]?.dataset.end;
  return edge === undefined ? null : Number(edge);
}
