import { Fragment } from "react";
import type { CommentPiece } from "@/lib/domain/commentText";

/**
 * Text cut into paragraphs, lines and pieces (lib/domain/commentText.ts, explanationText.ts) as React elements, never
 * as HTML: line breaks kept, bare http(s) addresses as links, @mentions marked. Addresses and mentions are left to
 * right and set apart from the words around them, so in right-to-left text "@rita" never reads "rita@".
 * `direction` "auto": each paragraph takes the direction of its own first letters (text people typed, in any language).
 */
export function LinkedParagraphs({
  paragraphs,
  className,
  linkClassName,
  linkRel,
  newTab = false,
  direction,
}: {
  paragraphs: CommentPiece[][][];
  className: string;
  linkClassName: string;
  linkRel: string;
  newTab?: boolean;
  direction?: "auto";
}) {
  return (
    <div className={className}>
      {paragraphs.map((lines, p) => (
        <p key={p} dir={direction}>
          {lines.map((pieces, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {pieces.map((piece, i) =>
                piece.kind === "link" ? (
                  <a key={i} dir="ltr" href={piece.url} target={newTab ? "_blank" : undefined} rel={linkRel} className={linkClassName}>
                    {piece.url}
                  </a>
                ) : piece.kind === "mention" ? (
                  <span key={i} dir="ltr" className="font-medium text-blue-900">
                    @{piece.handle}
                  </span>
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
