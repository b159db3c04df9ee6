import type { CSSProperties } from "react";
import { hasRightToLeft, visualPieces } from "@/lib/domain/visualText";

type Direction = "ltr" | "rtl";

/**
 * The share image of a fact-check (rendered by next/og, which understands a subset of CSS: every element with more
 * than one child needs display flex). Title and verdicts, under a byline naming the organisation. Its words come in
 * as props: next/og renders it outside React, where no hook can read the page's messages. `direction` is the
 * article's (title, and the order of the verdicts), `bylineDirection` the interface language's, and each verdict's its
 * label's (a label not translated into the article's language is in the newsroom's). An empty text is not drawn (a
 * verdict then shows its count alone): lib/domain/shareImageWords.ts leaves out what the fonts cannot draw.
 */
export function ShareImage({ byline, bylineDirection = "ltr", title, verdicts, direction = "ltr" }: {
  byline: string;
  bylineDirection?: Direction;
  title: string;
  verdicts: { label: string; colour: string; count: number; direction?: Direction }[];
  direction?: Direction;
}) {
  const titleSize = title.length > 90 ? 52 : 64;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#fafaf9", color: "#1c1917", fontFamily: "Noto Sans" }}>
      <Words text={byline} direction={bylineDirection} fontSize={32} style={{ color: "#57534e" }} />
      <Words text={title} direction={direction} fontSize={titleSize} style={{ fontWeight: 700, lineHeight: 1.15 }} />
      <div style={{ display: "flex", flexDirection: direction === "rtl" ? "row-reverse" : "row", flexWrap: "wrap", gap: 16 }}>
        {verdicts.map((verdict, i) => (
          <Words key={i} text={verdict.label ? `${verdict.count} ${verdict.label}` : String(verdict.count)} direction={verdict.direction ?? direction} fontSize={34} style={{ alignItems: "center", border: `4px solid ${verdict.colour}`, color: verdict.colour, borderRadius: 999, padding: "8px 24px" }} />
        ))}
      </div>
    </div>
  );
}

/**
 * Text that next/og lays out left to right only: right-to-left text goes in as words already in visual order
 * (lib/domain/visualText.ts), flowed from the right by `row-reverse` and wrapped there.
 */
function Words({ text, direction, fontSize, style }: { text: string; direction: Direction; fontSize: number; style: CSSProperties }) {
  if (direction === "ltr" && !hasRightToLeft(text)) return <div style={{ display: "flex", fontSize, ...style }}>{text}</div>;
  return (
    <div style={{ display: "flex", flexDirection: direction === "rtl" ? "row-reverse" : "row", flexWrap: "wrap", columnGap: Math.round(fontSize * 0.28), fontSize, ...style }}>
      {visualPieces(text, direction).map((piece, i) => (
        <div key={i} style={{ display: "flex" }}>{piece}</div>
      ))}
    </div>
  );
}
