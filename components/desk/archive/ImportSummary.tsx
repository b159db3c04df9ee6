import { FormAlert } from "@/components/ui/FormAlert";
import type { SkippedRecord } from "@/lib/domain/claimReviewImport";

/** What an import did: how many fact-checks it added, and each record left out with the reason (the first 200). */
export function ImportSummary({ imported, skipped }: { imported: number; skipped: readonly SkippedRecord[] }) {
  return (
    <div className="flex flex-col gap-2">
      <FormAlert tone="success">
        Imported {imported.toLocaleString("en")} fact-check{imported === 1 ? "" : "s"}
        {skipped.length ? `; ${skipped.length.toLocaleString("en")} left out (see why below).` : "."}
      </FormAlert>
      {skipped.length ? (
        <table className="w-full text-left text-sm">
          <caption className="text-left font-medium">Left out</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-3">Record</th>
              <th scope="col" className="py-1 pr-3">Address</th>
              <th scope="col" className="py-1">Why</th>
            </tr>
          </thead>
          <tbody>
            {skipped.slice(0, 200).map((skip) => (
              <tr key={`${skip.record}-${skip.url}`} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-3">{skip.record}</td>
                <td className="py-1 pr-3 break-all">{skip.url ?? "—"}</td>
                <td className="py-1">{skip.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {skipped.length > 200 ? <p>… and {(skipped.length - 200).toLocaleString("en")} more.</p> : null}
    </div>
  );
}
