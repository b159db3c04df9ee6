/**
 * The share image of a fact-check (rendered by next/og, which understands a subset of CSS: every element with more
 * than one child needs display flex). Title and verdicts, under a byline naming the organisation. Its words come in
 * as props: next/og renders it outside React, where no hook can read the page's messages.
 */
export function ShareImage({ byline, title, verdicts }: { byline: string; title: string; verdicts: { label: string; colour: string; count: number }[] }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#fafaf9", color: "#1c1917" }}>
      <div style={{ display: "flex", fontSize: 32, color: "#57534e" }}>{byline}</div>
      <div style={{ display: "flex", fontSize: title.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 16 }}>
        {verdicts.map((verdict) => (
          <div key={verdict.label} style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 34, border: `4px solid ${verdict.colour}`, color: verdict.colour, borderRadius: 999, padding: "8px 24px" }}>
            {`${verdict.count} ${verdict.label}`}
          </div>
        ))}
      </div>
    </div>
  );
}
