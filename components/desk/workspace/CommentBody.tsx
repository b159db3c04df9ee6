import { Fragment } from "react";
import { commentParagraphs } from "@/lib/domain/commentText";

/**
 * A comment's text as React elements (never as HTML): its paragraphs and line breaks, bare http(s) addresses as
 * links, mentions marked.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm break-words">
      {commentParagraphs(body).map((lines, p) => (
        <p key={p}>
          {lines.map((pieces, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {pieces.map((piece, i) =>
                piece.kind === "link" ? (
                  <a key={i} href={piece.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
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
