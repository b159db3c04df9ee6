import MarkdownIt from "markdown-it";

// The newsroom's transparency texts (methodology, corrections policy) are written by admins in Markdown and shown
// to every reader, so the HTML is made here and nowhere else: raw HTML in the text is shown as text (html: false),
// links go only to web, mail and same-site addresses (never javascript:, data: or vbscript:), images are not
// rendered (a tracking pixel or a huge file on every reader's page), and every outside link opens without giving
// the target a handle on our page.

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.disable(["image"]);
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const href = String(tokens[i]!.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) tokens[i]!.attrSet("rel", "nofollow noopener noreferrer");
  return renderLinkOpen(tokens, i, options, env, self);
};

/**
 * Markdown (headings, lists, links, emphasis, quotes, code) as HTML safe to put in a page as it is: no raw HTML,
 * no script or data links, no images. Headings start at level 2, under the page's own heading.
 */
export function markdownToSafeHtml(text: string): string {
  const tokens = markdown.parse(text, {});
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      const level = Math.min(6, Number(token.tag.slice(1)) + 1);
      token.tag = `h${level}`;
    }
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}
