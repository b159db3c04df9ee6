import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { UpdatedNotice } from "@/components/reader/UpdatedNotice";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

function version(number: number, latestNumber: number, changeNote: string, isCorrection: boolean): PublishedVersionDto {
  return {
    kind: "published",
    slug: "some-article",
    number,
    latestNumber,
    publishedAt: new Date("2026-03-04T10:00:00Z"),
    changeNote,
    isCorrection,
    snapshot: { title: "T", body: "B", source: { outlet: null, url: null, author: null, publishedOn: null }, claims: [] },
    history: [],
  };
}

const render = (v: PublishedVersionDto) => renderInLanguage(createElement(UpdatedNotice, { version: v }));
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the notice of a changed fact-check", () => {
  test("is absent from a first version that is still the latest", () => {
    expect(render(version(1, 1, "First published.", false))).toBe("");
  });

  test("gives the change note of a later version and links to every version", () => {
    const html = render(version(2, 2, "Added a source.", false));
    expect(text(html)).toContain("Updated 4 March 2026: Added a source.");
    expect(html).toContain('href="/articles/some-article/versions"');
  });

  test("says Correction when the change corrected the fact-check", () => {
    expect(text(render(version(3, 3, "The date was wrong.", true)))).toContain("Correction 4 March 2026: The date was wrong.");
  });

  test("on an older version, points to the latest", () => {
    const html = render(version(1, 2, "First published.", false));
    expect(text(html)).toContain("You are reading version 1 of 2.");
    expect(html).toContain('href="/articles/some-article"');
  });

  test("says that this version was retracted, or that the fact-check was retracted before and published again, when and why", () => {
    const retraction = { version: 2, retractedAt: new Date("2026-03-05T09:00:00Z"), reason: "The survey was withdrawn." };
    const retracted = text(render({ ...version(2, 3, "Added a source.", false), retractions: [retraction] }));
    expect(retracted).toContain("Retracted 5 March 2026: we withdrew this version and published the fact-check again later. Why we retracted it: The survey was withdrawn.");
    const republished = text(render({ ...version(3, 3, "Republished with the new survey.", false), retractions: [retraction] }));
    expect(republished).toContain("Retracted 5 March 2026: we withdrew version 2 and published the fact-check again as version 3. Why we retracted it: The survey was withdrawn.");
    expect(republished).toContain("Updated 4 March 2026: Republished with the new survey.");
  });

  test("on a version that a later version's retraction took down, says it was withdrawn, by the first such retraction", () => {
    const retractions = [
      { version: 4, retractedAt: new Date("2026-03-07T09:00:00Z"), reason: "The second survey too." },
      { version: 2, retractedAt: new Date("2026-03-05T09:00:00Z"), reason: "The survey was withdrawn." },
    ];
    const first = text(render({ ...version(1, 5, "First published.", false), retractions }));
    expect(first).toContain("Retracted 5 March 2026: we withdrew this version and published the fact-check again later. Why we retracted it: The survey was withdrawn.");
    expect(first).not.toContain("The second survey too.");
    const third = text(render({ ...version(3, 5, "Republished.", false), retractions }));
    expect(third).toContain("Retracted 7 March 2026: we withdrew this version and published the fact-check again later. Why we retracted it: The second survey too.");
    expect(third).toContain("we withdrew version 2 and published the fact-check again as version 3");
  });
});
