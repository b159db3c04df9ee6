import { segmentText } from "@/lib/domain/textSegments";

export type Highlight = { id: string; start: number; end: number; colour: string; label: string };

/** The article text as paragraphs, each claim's span marked and linked to its review. */
export function AnnotatedText({ body, highlights }: { body: string; highlights: Highlight[] }) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  return (
    <div className="flex flex-col gap-4 font-serif text-lg leading-relaxed">
      {segmentText(body, highlights).map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            const highlight = segment.spanIds.length ? byId.get(segment.spanIds[segment.spanIds.length - 1]!) : undefined;
            if (!highlight) return <span key={segment.start}>{segment.text}</span>;
            return (
              <a
                key={segment.start}
                href={`#claim-${highlight.id}`}
                className="rounded-sm text-inherit no-underline"
                style={{ backgroundColor: `${highlight.colour}26`, boxShadow: `inset 0 -2px 0 ${highlight.colour}` }}
                title={`Rated: ${highlight.label}`}
              >
                {segment.text}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
