import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
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

const render = (v: PublishedVersionDto) => renderToStaticMarkup(createElement(UpdatedNotice, { version: v }));
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
});
