import { useLocale, useTranslations } from "next-intl";
import { writtenList } from "@/lib/domain/interfaceLocales";
import type { VerdictCredit } from "@/lib/domain/verdictCredit";

// Sentences about verdicts that several reader components and embeds share, in the page's language.

/**
 * The credit a published verdict carries: “Verdict by Ed Editor · approved by Ada Admin”, or “Reviewed by Rita
 * Reviewer” for a version published before its authors were recorded.
 */
export function useCreditLine(): (credit: VerdictCredit) => string {
  const t = useTranslations("reader.credit");
  const locale = useLocale();
  return (credit) => {
    if (!credit.verdictBy) return credit.reviewerName ? t("reviewedBy", { name: credit.reviewerName }) : t("reviewed");
    if (!credit.verdictBy.length) return credit.approvedBy ? t("approvedBy", { name: credit.approvedBy }) : t("approved");
    const authors = writtenList(credit.verdictBy, locale);
    return credit.approvedBy ? t("verdictByApprovedBy", { authors, approver: credit.approvedBy }) : t("verdictByApproved", { authors });
  };
}
