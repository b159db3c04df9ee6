import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { shorten } from "./shorten";

/** Floats at the foot of the window while the editor has selected some of the highlighted text with the mouse (no layout shift under the pointer). */
export function SelectionToolbar({ quote, pending, onMakeClaim, onClear }: { quote: string; pending: boolean; onMakeClaim: () => void; onClear: () => void }) {
  const t = useTranslations("workspace.selectText");
  return (
    <div className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-3xl flex-wrap items-center gap-2 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm shadow-lg">
      <p className="min-w-0 flex-1">{t("selectedQuote", { quote: shorten(quote, 120) })}</p>
      <Button type="button" disabled={pending} aria-busy={pending} onClick={onMakeClaim}>
        {pending ? t("makePending") : t("make")}
      </Button>
      <Button type="button" variant="secondary" onClick={onClear}>
        {t("clear")}
      </Button>
    </div>
  );
}
