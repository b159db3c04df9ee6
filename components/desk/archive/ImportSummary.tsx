import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/FormAlert";
import type { WordedSkippedRecord } from "@/lib/domain/claimReviewImport";
import { CaptionedTable } from "@/components/ui/CaptionedTable";

/** What an import did: how many fact-checks it added, and each record left out with the reason (the first 200). */
export function ImportSummary({ imported, skipped }: { imported: number; skipped: readonly WordedSkippedRecord[] }) {
  const t = useTranslations("desk.importSummary");
  return (
    <div className="flex flex-col gap-2">
      <FormAlert tone="success">{t("imported", { imported, skipped: skipped.length })}</FormAlert>
      {skipped.length ? (
        <>
          <CaptionedTable caption={t("leftOut")} captionClassName="text-sm font-medium" tableClassName="w-full text-start text-sm" scrollLabel={t("leftOut")}>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pe-3">
                  {t("record")}
                </th>
                <th scope="col" className="py-1 pe-3">
                  {t("address")}
                </th>
                <th scope="col" className="py-1">
                  {t("why")}
                </th>
              </tr>
            </thead>
            <tbody>
              {skipped.slice(0, 200).map((skip) => (
                <tr key={`${skip.record}-${skip.url}`} className="border-b border-stone-100 align-top">
                  <td className="py-1 pe-3">{skip.record}</td>
                  <td className="py-1 pe-3 break-all">
                    <span dir="ltr">{skip.url ?? "—"}</span>
                  </td>
                  <td className="py-1">{skip.reason}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
        </>
      ) : null}
      {skipped.length > 200 ? <p>{t("more", { count: skipped.length - 200 })}</p> : null}
    </div>
  );
}
