import { useTranslations } from "next-intl";
import type { ClaimStatus } from "../workspace/claimStatus";

/** Each claim status in the page's words, for the desk's lists (server or client components alike). */
export function useStatusLabels(): Record<ClaimStatus, string> {
  const t = useTranslations("desk.claimStatus");
  return { new: t("new"), in_progress: t("in_progress"), needs_signoff: t("needs_signoff"), signed_off: t("signed_off"), dismissed: t("dismissed") };
}
