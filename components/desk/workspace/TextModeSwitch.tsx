import { useTranslations } from "next-intl";

export type TextMode = "read" | "select" | "revise";

/** Switches the text column between the highlighted text, the selectable plain text and the revision form. */
export function TextModeSwitch({
  mode,
  canSelect,
  canRevise,
  onChange,
}: {
  mode: TextMode;
  canSelect: boolean;
  canRevise: boolean;
  onChange: (mode: TextMode) => void;
}) {
  const t = useTranslations("workspace.textMode");
  const modes: { mode: TextMode; label: string; shown: boolean }[] = [
    { mode: "read", label: t("read"), shown: true },
    { mode: "select", label: t("select"), shown: canSelect },
    { mode: "revise", label: t("revise"), shown: canRevise },
  ];
  return (
    <div role="group" aria-label={t("label")} className="inline-flex overflow-hidden rounded-md border border-stone-300 text-sm">
      {modes
        .filter((m) => m.shown)
        .map((m) => (
          <button
            key={m.mode}
            type="button"
            aria-pressed={mode === m.mode}
            onClick={() => onChange(m.mode)}
            className="border-s border-stone-300 bg-white px-3 py-1.5 first:border-s-0 hover:bg-stone-100 aria-pressed:bg-blue-700 aria-pressed:text-white"
          >
            {m.label}
          </button>
        ))}
    </div>
  );
}
