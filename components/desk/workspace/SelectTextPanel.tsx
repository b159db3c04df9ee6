"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { trimSpan } from "./claimListOrder";
import { SelectableTextArea } from "./SelectableTextArea";
import { shorten } from "./shorten";

/**
 * "Select text" mode: the body in a read-only textarea, where mouse drags and Shift+arrow keys both select, and
 * selectionStart/selectionEnd are exact offsets into the body. Makes a claim of the selection, or re-attaches the
 * claim being attached (an orphaned or flagged one).
 */
export function SelectTextPanel({
  body,
  attaching,
  pending,
  onMakeClaim,
  onAttach,
  onCancelAttach,
  onError,
}: {
  body: string;
  attaching: WorkspaceClaim | null;
  pending: boolean;
  onMakeClaim: (span: { start: number; end: number }) => void;
  onAttach: (claim: WorkspaceClaim, span: { start: number; end: number }) => void;
  onCancelAttach: () => void;
  onError: (text: string) => void;
}) {
  const t = useTranslations("workspace.selectText");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);

  function readSelection() {
    const el = textarea.current;
    return el ? trimSpan(body, el.selectionStart, el.selectionEnd) : null;
  }

  function track() {
    setSelected(readSelection());
  }

  function use(then: (span: { start: number; end: number }) => void) {
    const span = readSelection();
    if (!span) {
      onError(t("nothingSelected"));
      textarea.current?.focus();
      return;
    }
    then(span);
  }

  const preview = selected ? body.slice(selected.start, selected.end) : "";
  return (
    <div className="flex flex-col gap-3">
      <p id="select-text-help" className="text-sm text-stone-700">
        {attaching ? t("helpAttach") : t("helpMake")}
      </p>
      {attaching ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p className="flex-1">{t("attaching", { statement: shorten(attaching.statement) })}</p>
          <Button type="button" variant="secondary" onClick={onCancelAttach}>
            {t("stopAttaching")}
          </Button>
        </div>
      ) : null}
      <SelectableTextArea
        textareaRef={textarea}
        label={t("textareaLabel")}
        value={body}
        rows={22}
        spellCheck={false}
        onSelect={track}
        onKeyUp={track}
        onMouseUp={track}
        textareaClassName="font-serif text-base leading-relaxed"
      />
      <p className="min-h-5 text-sm text-stone-700">
        {selected ? t("selected", { count: preview.length, quote: shorten(preview) }) : t("nothing")}
      </p>
      <div className="flex flex-wrap gap-2">
        {attaching ? (
          <Button type="button" disabled={pending} aria-busy={pending} onClick={() => use((span) => onAttach(attaching, span))}>
            {pending ? t("attachPending") : t("attach")}
          </Button>
        ) : (
          <Button type="button" disabled={pending} aria-busy={pending} onClick={() => use(onMakeClaim)}>
            {pending ? t("makePending") : t("make")}
          </Button>
        )}
      </div>
    </div>
  );
}
