"use client";

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { MentionableDto } from "@/lib/services/comments/commentDto";
import { MAX_COMMENT_CHARACTERS } from "@/lib/domain/limits";

/**
 * The text of a new or edited comment, with a control that inserts a colleague's @handle where the cursor is.
 * `save` resolves to field errors (or null when saved); the text is kept when saving fails.
 */
export function CommentForm({
  label,
  initial = "",
  submitLabel,
  pendingLabel,
  pending,
  mentionable,
  save,
  onCancel,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  mentionable: MentionableDto[];
  save: (body: string, done: (errors: Record<string, string> | null) => void) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial);
  const [chosen, setChosen] = useState(mentionable[0]?.handle ?? "");
  const [error, setError] = useState<string | undefined>();

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    setError(undefined);
    save(text, (errors) => {
      // Other failures are announced in the workspace's alert; the text stays for another try.
      if (errors) setError(errors.body);
      else if (!onCancel) setText("");
    });
  }

  function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !pending) {
      event.preventDefault();
      submit();
    }
  }

  function insertMention() {
    const field = textarea.current;
    if (!field || !chosen) return;
    const start = field.selectionStart ?? text.length;
    const end = field.selectionEnd ?? start;
    const before = text.slice(0, start);
    const mention = `${before && !/\s$/.test(before) ? " " : ""}@${chosen} `;
    setText(before + mention + text.slice(end));
    const caret = start + mention.length;
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(caret, caret);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <TextAreaField
        ref={textarea}
        label={label}
        hint="Mention a colleague with @ and their handle to tell them. Links starting with http:// or https:// can be followed. Ctrl+Enter sends."
        rows={3}
        maxLength={MAX_COMMENT_CHARACTERS}
        value={text}
        error={error}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnCtrlEnter}
      />
      {mentionable.length ? (
        <div className="flex flex-wrap items-end gap-2">
          {/* A select is as wide as its longest name unless told otherwise: keep it within a phone's screen. */}
          <div className="flex min-w-0 max-w-full flex-col gap-1">
            <label htmlFor={`${id}-mention`} className="text-xs text-stone-700">
              Mention a colleague
            </label>
            <select
              id={`${id}-mention`}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              className="w-full min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
            >
              {mentionable.map((person) => (
                <option key={person.handle} value={person.handle}>
                  {person.displayName} (@{person.handle})
                </option>
              ))}
            </select>
          </div>
          <Button type="button" variant="secondary" onClick={insertMention}>
            Insert mention
          </Button>
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
