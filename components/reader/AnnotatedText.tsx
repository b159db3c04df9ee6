import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { verdictLanguage } from "@/lib/domain/publishedSnapshot";
import type { NumberedClaim } from "@/lib/domain/readerClaims";
import { segmentText, type Segment } from "@/lib/domain/textSegments";
import { writtenIn } from "./WrittenIn";

/**
 * A claim's words in the text: `anchor` names it in links (lib/domain/claimAnchors.ts), `number` is what readers see;
 * `language`: its verdict's label's, a translation's or the scale's own words' (absent from versions published before
 * they recorded it: the page's).
 */
export type Highlight = { id: string; anchor: string; number: number; start: number; end: number; colour: string; label: string; language?: string };

/** The published claims' highlights, their verdicts' labels with their language. */
export function highlightsOf(claims: readonly NumberedClaim[]): Highlight[] {
  return claims.map((c) => ({ id: c.id, anchor: c.anchor, number: c.shownNumber, start: c.start, end: c.end, colour: c.verdict.colour, label: c.verdict.label, language: verdictLanguage(c.verdict) }));
}

/** Where a claim's text starts in the article: the notes link back here. */
export const claimTextId = (anchor: string) => `${anchor}-text`;
/** A claim's note after the text, and the deep link readers share (`#claim-1a2b3c4d`, the same in every version). */
export const claimNoteId = (anchor: string) => anchor;

type Piece = { highlight: Highlight | undefined; text: string; end: number; open: string[] };

/**
 * The article text as paragraphs, each claim's words a link to its note, underlined in the verdict's colour and
 * followed by a badge with its number and verdict, so neither the colour nor the underline carries meaning alone.
 * The verdict is part of each link's name. Overlapping claims link their shared words to the innermost one. `lang`
 * and `dir`: the article's language, when known (the claim markers stay in the page's).
 */
export function AnnotatedText({ body, highlights, lang, dir }: { body: string; highlights: Highlight[]; lang?: string; dir?: "ltr" | "rtl" }) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const anchored = new Set<string>();
  // The markers' words are the page's; their direction follows the text's, so a badge sits after its claim.
  const locale = useLocale();
  const site = lang ? { lang: locale } : {};
  return (
    <div lang={lang} dir={dir} className="flex flex-col gap-4 font-serif text-lg leading-relaxed break-words">
      {segmentText(body, highlights).map((paragraph) => (
        <p key={paragraph.start}>
          {piecesOf(paragraph.segments, byId).map((piece) => {
            const { highlight } = piece;
            if (!highlight) return <span key={piece.end}>{piece.text}</span>;
            const first = !anchored.has(highlight.id);
            anchored.add(highlight.id);
            const endsHere = piece.end === highlight.end;
            // Claims that close here around the innermost one still need their badge.
            const enclosingEnds = piece.open.map((id) => byId.get(id)!).filter((h) => h.id !== highlight.id && h.end === piece.end);
            return (
              <span key={piece.end}>
                <a
                  id={first ? claimTextId(highlight.anchor) : undefined}
                  href={`#${claimNoteId(highlight.anchor)}`}
                  data-claim={highlight.anchor}
                  className="scroll-mt-24 rounded-sm text-inherit underline decoration-2 underline-offset-4 print:[print-color-adjust:exact]"
                  style={{ backgroundColor: `color-mix(in srgb, ${highlight.colour} 14%, transparent)`, textDecorationColor: highlight.colour }}
                >
                  {piece.text}
                  {endsHere ? <ClaimMarker highlight={highlight} site={site} /> : <ClaimMarker highlight={highlight} site={site} hidden />}
                </a>
                {enclosingEnds.map((h) => (
                  <a key={h.id} href={`#${claimNoteId(h.anchor)}`} data-claim={h.anchor} className="text-inherit no-underline">
                    <ClaimMarker highlight={h} site={site} />
                  </a>
                ))}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/**
 * "(claim 2, rated False)" for screen readers; a small badge "2 False" on screen. Their words are the page's, the
 * verdict's label its own language's ("Falso" on an English page is read as Spanish, "False" on a Spanish one as English).
 */
function ClaimMarker({ highlight, site, hidden = false }: { highlight: Highlight; site: { lang?: string }; hidden?: boolean }) {
  const t = useTranslations("reader.annotatedText");
  const written = highlight.language ? writtenIn(highlight.language) : (chunks: ReactNode) => chunks;
  const spoken = (
    <span className="sr-only" {...site}>
      {" "}
      {t.rich("spoken", { number: highlight.number, verdict: highlight.label, written })}
    </span>
  );
  if (hidden) return spoken;
  return (
    <>
      {spoken}
      <span
        aria-hidden
        {...site}
        className="ms-1 inline-block rounded border-2 bg-white px-1 align-[0.1em] font-sans text-xs leading-4 font-semibold text-stone-900 dark:bg-stone-900 dark:text-stone-100"
        style={{ borderColor: highlight.colour }}
      >
        <span className="tabular-nums">{highlight.number}</span> {written(highlight.label)}
      </span>
    </>
  );
}

/** Neighbouring segments of a paragraph that belong to the same innermost claim, merged into one piece. */
function piecesOf(segments: Segment[], byId: Map<string, Highlight>): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of segments) {
    const innermost = segment.spanIds.at(-1);
    const highlight = innermost ? byId.get(innermost) : undefined;
    const last = pieces.at(-1);
    if (last && last.highlight === highlight && (!highlight || last.end !== highlight.end)) {
      last.text += segment.text;
      last.end = segment.end;
      last.open = segment.spanIds;
    } else {
      pieces.push({ highlight, text: segment.text, end: segment.end, open: segment.spanIds });
    }
  }
  return pieces;
}
