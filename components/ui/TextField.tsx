import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

/** The placeholder of a web address field: how every address starts (a code, not words to translate). */
export const URL_PLACEHOLDER = "https://";

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({
  label,
  error,
  hint,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input {...control} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700" {...input} />
      )}
    </FieldFrame>
  );
}
