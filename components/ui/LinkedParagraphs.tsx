import { Fragment } from "react";
import type { CommentPiece } from "@/lib/domain/commentText";

/**
 * Text cut into paragraphs, lines and pieces (lib/domain/commentText.ts, explanationText.ts) as React elements, never
 * as HTML: line breaks kept, bare http(s) addresses as links, @mentions marked.
 */
export function LinkedParagraphs({
  paragraphs,
  className,
  linkClassName,
  linkRel,
  newTab = false,
}: {
  paragraphs: CommentPiece[][][];
  className: string;
  linkClassName: string;
  linkRel: string;
  newTab?: boolean;
}) {
  return (
    <div className={className}>
      {paragraphs.map((lines, p) => (
        <p key={p}>
          {lines.map((pieces, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {pieces.map((piece, i) =>
                piece.kind === "link" ? (
                  <a key={i} href={piece.url} target={newTab ? "_blank" : undefined} rel={linkRel} className={linkClassName}>
                    {piece.url}
                  </a>
                ) : piece.kind === "mention" ? (
                  <span key={i} className="font-medium text-blue-900">
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
