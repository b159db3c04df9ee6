import { Fragment } from "react";
import type { Excerpts, TextRun } from "@/lib/services/search/searchDto";

const MARK = "rounded-sm bg-yellow-200 px-0.5 font-semibold text-inherit";

/** Text with the words a search matched in <mark> elements; every run is rendered as text, never as HTML. */
export function MarkedText({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.match ? (
          <mark key={i} className={MARK}>
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Excerpts of a longer text around its matches, set off by ellipses. */
export function MarkedExcerpts({ excerpts }: { excerpts: Excerpts }) {
  return (
    <>
      {excerpts.map((runs, i) => (
        <Fragment key={i}>
          {i === 0 ? "…" : " … "}
          <MarkedText runs={runs} />
        </Fragment>
      ))}
      …
    </>
  );
}
