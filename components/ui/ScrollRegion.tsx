import type { ReactNode } from "react";

/**
 * A wide table's own sideways scroll on a narrow screen, so the page itself never scrolls sideways: a named
 * region, reachable by keyboard (Tab, then the arrow keys) as a scrolling box must be. Positioned, so that what is
 * placed absolutely inside (screen-reader-only labels) is clipped with the table instead of widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {children}
    </div>
  );
}
