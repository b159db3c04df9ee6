import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AnnotatedText } from "@/components/reader/AnnotatedText";
import { ClaimDetails } from "@/components/reader/ClaimDetails";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";

const CLAIM: PublishedClaim = {
  id: "c1",
  number: 4,
  start: 0,
  end: 10,
  quote: "Alpha one.",
  statement: "Alpha is one.",
  claimant: "A <b>speaker</b>",
  verdict: { label: "False", description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
  explanation: 'See https://example.org/data.\n\n<script>alert(1)</script> <a href="javascript:alert(1)">x</a>',
  sources: [{ url: "https://example.org/source", title: "The source" }],
  reviewerName: "Rita Reviewer",
  reviewedAt: "2026-03-04T10:00:00.000Z",
};

describe("a claim's details", () => {
  const html = renderToStaticMarkup(createElement(ClaimDetails, { claim: CLAIM }));

  test("keep the explanation's paragraphs and make its bare address a link", () => {
    expect(html.match(/<p>/g)?.length).toBe(2);
    expect(html).toContain('<a href="https://example.org/data" rel="noopener noreferrer nofollow ugc"');
  });

  test("render what reviewers typed as text, never as markup", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("A &lt;b&gt;speaker&lt;/b&gt;");
  });

  test("name the reviewer and the day of the review", () => {
    expect(html.replace(/<[^>]+>/g, "")).toContain("Reviewed by Rita Reviewer on 4 March 2026.");
  });
});

describe("the marked article text", () => {
  const html = renderToStaticMarkup(
    createElement(AnnotatedText, {
      body: "Alpha one. Beta two.\nGamma three.",
      highlights: [{ id: "c1", number: 4, start: 0, end: 10, colour: "#b91c1c", label: "False" }],
    }),
  );

  test("links a claim's words to its note, with its number and verdict in words and a real underline", () => {
    const link = html.match(/<a [^>]*>.*?<\/a>/)![0];
    expect(link).toContain('id="claim-4-text"');
    expect(link).toContain('href="#claim-4"');
    expect(link).toMatch(/class="[^"]*\bunderline\b/);
    expect(link).toContain("(claim 4, rated False)");
    expect(link.replace(/<[^>]+>/g, "")).toContain("Alpha one.");
  });

  test("keeps the paragraphs", () => {
    expect(html.match(/<p>/g)?.length).toBe(2);
  });
});
