import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { AnnotatedText } from "@/components/reader/AnnotatedText";
import { ClaimDetails } from "@/components/reader/ClaimDetails";
import { ClaimNotes } from "@/components/reader/ClaimNotes";
import { numberPublishedClaims } from "@/lib/domain/readerClaims";
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
  const html = renderInLanguage(createElement(ClaimDetails, { claim: CLAIM }));

  test("keep the explanation's paragraphs and make its bare address a link", () => {
    expect(html.match(/<p>/g)?.length).toBe(2);
    expect(html).toContain('<a dir="ltr" href="https://example.org/data" rel="noopener noreferrer nofollow ugc"');
  });

  test("render what reviewers typed as text, never as markup", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("A &lt;b&gt;speaker&lt;/b&gt;");
  });

  test("name who wrote the verdict, who approved it, and the day", () => {
    const credited = renderInLanguage(createElement(ClaimDetails, { claim: { ...CLAIM, reviewerName: undefined, verdictBy: ["Ed Editor"], approvedBy: "Ada Admin" } }));
    expect(credited.replace(/<[^>]+>/g, "")).toContain("Verdict by Ed Editor · approved by Ada Admin on 4 March 2026.");
  });

  test("name the reviewer of a version published before verdicts were credited", () => {
    expect(html.replace(/<[^>]+>/g, "")).toContain("Reviewed by Rita Reviewer on 4 March 2026.");
  });
});

describe("the marked article text", () => {
  const html = renderInLanguage(
    createElement(AnnotatedText, {
      body: "Alpha one. Beta two.\nGamma three.",
      highlights: [{ id: "c1", anchor: "claim-c1a2b3c4", number: 4, start: 0, end: 10, colour: "#b91c1c", label: "False" }],
    }),
  );

  test("links a claim's words to its note, with its number and verdict in words and a real underline", () => {
    const link = html.match(/<a [^>]*>.*?<\/a>/)![0];
    expect(link).toContain('id="claim-c1a2b3c4-text"');
    expect(link).toContain('href="#claim-c1a2b3c4"');
    expect(link).toMatch(/class="[^"]*\bunderline\b/);
    expect(link).toContain("(claim 4, rated False)");
    expect(link.replace(/<[^>]+>/g, "")).toContain("Alpha one.");
  });

  test("keeps the paragraphs", () => {
    expect(html.match(/<p>/g)?.length).toBe(2);
  });
});

describe("the notes after the text", () => {
  const claims = numberPublishedClaims({
    body: "Alpha one. Beta two.",
    claims: [
      { ...CLAIM, id: "bbbb2222-0000-4000-8000-000000000002", number: 9, start: 11, end: 20, quote: "Beta two." },
      { ...CLAIM, id: "aaaa1111-0000-4000-8000-000000000001", number: 4 },
    ],
  });
  const html = renderInLanguage(createElement(ClaimNotes, { claims }));

  test("number the claims in reading order and give each its anchor", () => {
    expect(html.replace(/<[^>]+>/g, " ")).toMatch(/Claim 1 [\s\S]*Claim 2 /);
    expect(html).toContain('id="claim-aaaa1111"');
    expect(html).toContain('href="#claim-bbbb2222-text"');
  });

  test("mark a verdict's label with the article's language only when it is translated into it; the reviewer's words keep the page's", () => {
    const translated = numberPublishedClaims({ body: "Alpha one.", claims: [{ ...CLAIM, verdict: { ...CLAIM.verdict, label: "خطأ", language: "ar" } }] });
    const notes = renderInLanguage(createElement(ClaimNotes, { claims: translated }));
    expect(notes).toMatch(/<span[^>]*lang="ar" dir="rtl"[^>]*>(?:<span[^>]*><\/span>)?خطأ<\/span>/);
    expect(notes.match(/lang="/g)).toHaveLength(1);
    expect(html).not.toContain('lang="');
  });

  test("keep the numbers links of an older version used, so they still land on their claim without JavaScript", () => {
    // This version predates reading-order numbers: its desk numbers (4, 9) were what readers saw and linked to.
    expect(html).toMatch(/<li[^>]*id="claim-aaaa1111"[^>]*>[\s\S]*?<span id="claim-4">/);
    expect(html).toMatch(/<li[^>]*id="claim-bbbb2222"[^>]*>[\s\S]*?<span id="claim-9">/);
  });
});
