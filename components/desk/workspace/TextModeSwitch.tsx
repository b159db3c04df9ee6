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
  const modes: { mode: TextMode; label: string; shown: boolean }[] = [
    { mode: "read", label: "Highlighted text", shown: true },
    { mode: "select", label: "Select text", shown: canSelect },
    { mode: "revise", label: "Revise text", shown: canRevise },
  ];
  return (
    <div role="group" aria-label="Text view" className="inline-flex overflow-hidden rounded-md border border-stone-300 text-sm">
      {modes
        .filter((m) => m.shown)
        .map((m) => (
          <button
            key={m.mode}
            type="button"
            aria-pressed={mode === m.mode}
            onClick={() => onChange(m.mode)}
            className="border-l border-stone-300 bg-white px-3 py-1.5 first:border-l-0 hover:bg-stone-100 aria-pressed:bg-blue-700 aria-pressed:text-white"
          >
            {m.label}
          </button>
        ))}
    </div>
  );
}
