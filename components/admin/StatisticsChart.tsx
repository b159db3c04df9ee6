import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { CaptionedTable } from "@/components/ui/CaptionedTable";

/**
 * One chart of the statistics page: its heading, its one-sentence summary, the server-drawn SVG (whose accessible
 * is named by that summary) and its numbers as a table under a disclosure. `svg` is null when there is nothing to draw.
 */
export function StatisticsChart({ title, summary, svg, tableCaption, children }: { title: string; summary: string; svg: string | null; tableCaption: string; children: ReactNode }) {
  const headingId = useId();
  const t = useTranslations("admin.statistics");
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-stone-700">{summary}</p>
      {/* Drawn on the server by Observable Plot (hidden from screen readers, escaped text); the image's name is the summary.
          Left to right in every language: the axes' anchors would otherwise flip on a right-to-left page. */}
      {svg ? <div role="img" aria-label={summary} dir="ltr" className="overflow-x-auto text-stone-800" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800">{t("showNumbers")}</summary>
        <CaptionedTable caption={tableCaption} captionClassName="mt-2 pb-1 text-stone-700" tableClassName="w-full border-collapse text-start [&_th]:text-start" scrollLabel={tableCaption}>
          {children}
        </CaptionedTable>
      </details>
    </section>
  );
}
