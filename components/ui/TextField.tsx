import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

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
