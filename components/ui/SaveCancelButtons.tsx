import { useTranslations } from "next-intl";
import { Button } from "./Button";

/** A form's submit button (with its pending label) and a Cancel button, both disabled while saving. */
export function SaveCancelButtons({
  pending,
  label,
  pendingLabel,
  onCancel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  onCancel: () => void;
}) {
  const t = useTranslations("desk.ui");
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Button type="button" variant="secondary" disabled={pending} onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}
