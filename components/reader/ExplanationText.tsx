import { Fragment } from "react";
import { explanationParagraphs } from "@/lib/domain/explanationText";

/** A reviewer's explanation: its paragraphs and line breaks kept, bare web addresses made links, everything else text. */
export function ExplanationText({ text }: { text: string }) {
  return (
    <div className="flex flex-col gap-2">
      {explanationParagraphs(text).map((lines, p) => (
        <p key={p}>
          {lines.map((pieces, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {pieces.map((piece, i) =>
                piece.kind === "link" ? (
                  <a key={i} href={piece.url} rel="noopener noreferrer nofollow ugc" className="break-all text-blue-800 underline dark:text-blue-300">
                    {piece.url}
                  </a>
                ) : (
                  <Fragment key={i}>{piece.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
