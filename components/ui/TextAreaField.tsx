import type { ComponentPropsWithRef } from "react";
import { FieldFrame } from "./FieldFrame";

/** A labelled textarea with its hint and error tied to it for screen readers. */
export function TextAreaField({
  label,
  error,
  hint,
  className = "",
  textareaClassName = "",
  ...textarea
}: ComponentPropsWithRef<"textarea"> & { label: string; error?: string; hint?: string; textareaClassName?: string }) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          className={`rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700 read-only:bg-stone-50 aria-readonly:bg-stone-50 ${textareaClassName}`}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
