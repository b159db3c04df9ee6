import { describe, expect, test } from "vitest";
import { markdownToSafeHtml } from "@/lib/domain/markdownText";

describe("Markdown of the transparency pages", () => {
  test("renders headings (under the page's own), lists, links and emphasis", () => {
    const html = markdownToSafeHtml("# How we check\n\nWe read *every* **source**.\n\n- one\n- two\n\n1. first\n\n[Our sources](https://example.test/sources)");
    expect(html).toContain("<h2>How we check</h2>");
    expect(html).toContain("<em>every</em> <strong>source</strong>");
    expect(html).toContain("<ul>\n<li>one</li>");
    expect(html).toContain("<ol>\n<li>first</li>");
    expect(html).toContain('<a href="https://example.test/sources" rel="nofollow noopener noreferrer">Our sources</a>');
  });

  test("shows raw HTML as text, never as markup", () => {
    const html = markdownToSafeHtml('<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("refuses script, data and protocol-relative links, however they are spelled", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "&#106;avascript:alert(1)", "java%0ascript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x", "//evil.test/", "file:///etc/passwd"]) {
      const html = markdownToSafeHtml(`[click](${url}) <${url}>`);
      expect(html, url).not.toContain("<a ");
    }
  });

  test("keeps web, mail and same-site links; outside ones cannot reach back to our page", () => {
    expect(markdownToSafeHtml("[about](/about) [mail](mailto:desk@example.test) https://example.test/x")).toBe(
      '<p><a href="/about">about</a> <a href="mailto:desk@example.test">mail</a> <a href="https://example.test/x" rel="nofollow noopener noreferrer">https://example.test/x</a></p>\n',
    );
  });

  test("does not load images", () => {
    expect(markdownToSafeHtml("![pixel](https://tracker.test/p.gif)")).not.toContain("<img");
  });
});
