import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { CommentBody } from "@/components/desk/workspace/CommentBody";
import { ExplanationText } from "@/components/reader/ExplanationText";

// In right-to-left text a mention or an address not set apart is turned around by the bidirectional algorithm:
// "يرجى التحقق. @reviewer" showed as "reviewer@", and "https://a.test/x/" with its slash on the wrong side.

test("a comment's mentions and addresses read left to right, set apart, and each paragraph takes its own direction", () => {
  const html = renderToStaticMarkup(createElement(CommentBody, { body: "يرجى التحقق من الأرقام. @reviewer\n\nSee https://example.org/report/ first." }));
  expect(html).toContain('<span dir="ltr" class="font-medium text-blue-900">@reviewer</span>');
  expect(html).toMatch(/<a dir="ltr" href="https:\/\/example\.org\/report\/"[^>]*>https:\/\/example\.org\/report\/<\/a>/);
  expect(html.match(/<p dir="auto">/g)).toHaveLength(2);
});

test("a public explanation keeps the article's direction, with its addresses set apart", () => {
  const html = renderToStaticMarkup(createElement(ExplanationText, { text: "راجع https://example.org/data/ للتفاصيل." }));
  expect(html).not.toContain('dir="auto"');
  expect(html).toContain('<a dir="ltr" href="https://example.org/data/"');
});
