import type { ReactNode } from "react";
import { ScrollRegion } from "./ScrollRegion";

/**
 * A table that scrolls sideways in a box of its own, its caption shown above the box, so a narrow screen never cuts
 * it mid-sentence, and said with the table (a visually hidden caption element): shown once to the eye, said once. With
 * `scrollLabel` the box is a named, focusable ScrollRegion (for tables with nothing to focus inside).
 */
export function CaptionedTable({
  caption,
  captionClassName,
  tableClassName,
  scrollLabel,
  children,
}: {
  caption: string;
  captionClassName: string;
  tableClassName: string;
  scrollLabel?: string;
  children: ReactNode;
}) {
  const table = (
    <table className={tableClassName}>
      <caption className="sr-only">{caption}</caption>
      {children}
    </table>
  );
  return (
    <>
      <p aria-hidden className={captionClassName}>
        {caption}
      </p>
      {scrollLabel ? <ScrollRegion label={scrollLabel}>{table}</ScrollRegion> : <div className="overflow-x-auto">{table}</div>}
    </>
  );
}
