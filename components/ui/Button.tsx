import type { ButtonHTMLAttributes, MouseEvent } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 aria-disabled:bg-blue-300",
  secondary: "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 aria-disabled:text-stone-400",
  danger: "bg-red-700 text-white hover:bg-red-800 aria-disabled:bg-red-300",
  ghost: "text-blue-800 underline-offset-2 hover:underline aria-disabled:text-stone-400",
};

/**
 * A button. `disabled` is said with aria-disabled, and a click (or Enter in its form) while it holds does nothing,
 * rather than with the native attribute: browsers move focus off a focused button that becomes disabled, so a
 * keyboard user who pressed it would start again from the top of the page once its action ran.
 */
export function Button({
  variant = "primary",
  className = "",
  disabled,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`inline-flex items-center justify-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium aria-disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      aria-disabled={disabled || undefined}
      onClick={disabled ? refuseClick : onClick}
      {...props}
    />
  );
}

/** A click on a button said to be disabled does nothing: nor does Enter in its form, which clicks its first button. */
function refuseClick(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}
