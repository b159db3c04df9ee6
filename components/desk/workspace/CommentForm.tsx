"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { completeMention, mentionAt, mentionSuggestions, type MentionQuery } from "@/lib/domain/mentionQuery";
import type { MentionableDto } from "@/lib/services/comments/commentDto";
import { MAX_COMMENT_CHARACTERS } from "@/lib/domain/limits";
import { DraftStatusLine, useFormDraft, useRestoredDraft } from "./drafts";

/**
 * The text of a new or edited comment. Typing "@" lists the colleagues who can be mentioned (arrows to choose, Enter
 * or Tab to insert, Escape to close); a select and a button insert one where the cursor is, without typing.
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
  draftOf,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  mentionable: MentionableDto[];
  save: (body: string, done: (errors: Record<string, string> | null) => void) => void;
  onCancel?: () => void;
  /** A new comment on this claim: what is typed is kept as a draft until it is posted. */
  draftOf?: { claimId: string; baseVersion: number };
}) {
  const t = useTranslations("review.commentForm");
  const shared = useTranslations("review.shared");
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const restored = useRestoredDraft({ form: "comment", claimId: draftOf?.claimId });
  const [text, setText] = useState(draftOf && typeof restored?.value.body === "string" ? restored.value.body : initial);
  const kept = useFormDraft({ form: "comment", claimId: draftOf?.claimId }, draftOf?.baseVersion ?? 1, { body: text }, Boolean(draftOf) && text.trim() !== "");
  const [chosen, setChosen] = useState(mentionable[0]?.handle ?? "");
  const [error, setError] = useState<string | undefined>();
  // The "@…" being typed at the caret, the highlighted suggestion, and whether Escape closed the list for it.
  const [typing, setTyping] = useState<MentionQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const suggestions = typing ? mentionSuggestions(mentionable, typing.query) : [];
  const listOpen = suggestions.length > 0 && closedAt !== typing?.start;
  const active = suggestions[Math.min(highlighted, suggestions.length - 1)];

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    setError(undefined);
    save(text, (errors) => {
      // Other failures are announced in the workspace's alert; the text stays for another try.
      if (errors) setError(errors.body);
      else {
        kept.forget();
        if (!onCancel) setText("");
      }
    });
  }

  /** Follows the caret: which mention, if any, is being typed there. */
  function followCaret(field: HTMLTextAreaElement) {
    const caret = field.selectionStart;
    const next = caret === field.selectionEnd ? mentionAt(field.value, caret) : null;
    if (next?.start !== typing?.start || next?.query !== typing?.query) setHighlighted(0);
    setTyping(next);
  }

  function choose(handle: string) {
    const field = textarea.current;
    if (!field || !typing) return;
    const completed = completeMention(text, typing, handle, field.selectionStart);
    setText(completed.text);
    setTyping(null);
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(completed.caret, completed.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!pending) submit();
      return;
    }
    if (!listOpen || !active) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setHighlighted((suggestions.indexOf(active) + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(active.handle);
    } else if (event.key === "Escape") {
      // Closes the list, not whatever holds the form.
      event.preventDefault();
      event.stopPropagation();
      setClosedAt(typing?.start ?? null);
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
      <div className="relative">
        <TextAreaField
          ref={textarea}
          label={label}
          hint={t("hint")}
          rows={3}
          maxLength={MAX_COMMENT_CHARACTERS}
          value={text}
          error={error}
          aria-autocomplete="list"
          aria-controls={listOpen ? `${id}-suggestions` : undefined}
          aria-activedescendant={listOpen && active ? `${id}-suggestion-${active.handle}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            followCaret(e.target);
          }}
          onSelect={(e) => followCaret(e.currentTarget)}
          onKeyDown={onKeyDown}
          onBlur={() => setTyping(null)}
        />
        {listOpen ? (
          <ul
            id={`${id}-suggestions`}
            role="listbox"
            aria-label={t("suggestions")}
            className="absolute start-0 z-10 mt-1 max-w-full rounded-md border border-stone-300 bg-white py-1 text-sm shadow-md"
          >
            {suggestions.map((person) => (
              <li
                key={person.handle}
                id={`${id}-suggestion-${person.handle}`}
                role="option"
                aria-selected={person === active}
                // Chosen on press, before the textarea loses focus and closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(person.handle);
                }}
                className={`cursor-pointer px-3 py-1 ${person === active ? "bg-stone-800 text-white" : "text-stone-900"}`}
              >
                {person.displayName} <span className={person === active ? "text-stone-200" : "text-stone-600"}>@{person.handle}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {listOpen ? t("matches", { count: suggestions.length }) : ""}
        </p>
      </div>
      {mentionable.length ? (
        <div className="flex flex-wrap items-end gap-2">
          {/* A select is as wide as its longest name unless told otherwise: keep it within a phone's screen. */}
          <div className="flex min-w-0 max-w-full flex-col gap-1">
            <label htmlFor={`${id}-mention`} className="text-xs text-stone-700">
              {t("mention")}
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
            {t("insert")}
          </Button>
        </div>
      ) : null}
      {draftOf ? <DraftStatusLine status={kept.status} /> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={onCancel}>
            {shared("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
