"use client";

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
      onError("Select some words of the article first: drag over them, or hold Shift and use the arrow keys.");
      textarea.current?.focus();
      return;
    }
    then(span);
  }

  const preview = selected ? body.slice(selected.start, selected.end) : "";
  return (
    <div className="flex flex-col gap-3">
      <p id="select-text-help" className="text-sm text-stone-700">
        Drag over the words of a claim, or move the cursor with the arrow keys and hold Shift to select. Then choose{" "}
        {attaching ? "Attach claim to selection" : "Make claim from selection"}.
      </p>
      {attaching ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p className="flex-1">
            Attaching the claim “{shorten(attaching.statement)}” to new words of the text.
          </p>
          <Button type="button" variant="secondary" onClick={onCancelAttach}>
            Stop attaching
          </Button>
        </div>
      ) : null}
      <SelectableTextArea
        textareaRef={textarea}
        label="Article text — select the words of a claim"
        value={body}
        rows={22}
        spellCheck={false}
        onSelect={track}
        onKeyUp={track}
        onMouseUp={track}
        textareaClassName="font-serif text-base leading-relaxed"
      />
      <p className="min-h-5 text-sm text-stone-700">
        {selected ? (
          <>
            Selected ({preview.length} characters): “{shorten(preview)}”
          </>
        ) : (
          "Nothing selected yet."
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        {attaching ? (
          <Button type="button" disabled={pending} aria-busy={pending} onClick={() => use((span) => onAttach(attaching, span))}>
            {pending ? "Attaching…" : "Attach claim to selection"}
          </Button>
        ) : (
          <Button type="button" disabled={pending} aria-busy={pending} onClick={() => use(onMakeClaim)}>
            {pending ? "Making the claim…" : "Make claim from selection"}
          </Button>
        )}
      </div>
    </div>
  );
}
