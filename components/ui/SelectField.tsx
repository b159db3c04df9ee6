import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

/** A labelled choice among `options` ({ value, label }), with its hint and error tied to it for screen readers. */
export function SelectField({
  label,
  error,
  hint,
  options,
  className = "",
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string; hint?: string; options: { value: string; label: string; lang?: string }[] }) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700" {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
