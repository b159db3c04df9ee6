import { describe, expect, test } from "vitest";
import { extractArticle, extractPlainText } from "@/lib/domain/articleExtraction";

const URL = "https://www.dailyexample.com/politics/2024/03/05/mayor-jobs";

const PARAGRAPHS = [
  "The mayor said on Tuesday that unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade, and credited the council's new training programme.",
  "Critics say the figure leaves out part-time workers who would like more hours, and point to a survey by the chamber of commerce that suggests a higher rate.",
  "“We built 4,000 new homes,” the mayor added, speaking to reporters outside city hall after the council meeting ended late on Tuesday evening.",
];

/** A news page as sites really send them: header, navigation, ads, share buttons, sidebar, footer, cookie banner. */
function newsPage(options: { head?: string; articleTop?: string } = {}): string {
  const {
    head = `
    <meta property="og:site_name" content="Daily Example">
    <meta property="og:title" content="Mayor claims jobs boom">
    <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
    <meta name="author" content="Jane Doe">`,
    articleTop = `<p class="byline">By Jane Doe</p><time datetime="2024-03-05">March 5, 2024</time>`,
  } = options;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Mayor claims jobs boom | Daily Example</title>
  ${head}
  <link rel="stylesheet" href="/site.css">
  <style>.ad { display: block }</style>
  <script>window.dataLayer = [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
  <header class="site-header">
    <a class="logo" href="/">Daily Example</a>
    <nav class="main-nav"><ul>
      <li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
    </ul></nav>
  </header>
  <div class="ad ad-leaderboard advertisement" id="ad-top">ADVERTISEMENT Buy one mattress, get another one free!</div>
  <main>
    <article class="article">
      <h1 class="headline">Mayor claims jobs boom</h1>
      ${articleTop}
      <div class="share-buttons social"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
      <div class="article-body">
        <p>${PARAGRAPHS[0]}</p>
        <p>Critics say the figure leaves out part-time workers who would like more hours,
           and point to a survey by the chamber&nbsp;of commerce that suggests a   higher rate.</p>
        <h2>Housing</h2>
        <p>${PARAGRAPHS[2]}</p>
        <ul>
          <li>Unemployment: 3.2 percent, according to the mayor.</li>
          <li>New homes: 4,000, according to the mayor.</li>
        </ul>
        <p>The opposition leader, Sam Roe, said the housing figure counted homes that had been approved but not yet built.<br>
           “Approved is not built,” he said, and called for an independent audit of the figures.</p>
        <p>   </p>
      </div>
    </article>
  </main>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Local team wins cup final</a></li><li><a href="/b">Storm closes bridge</a></li></ul></aside>
  <footer class="site-footer"><p>© 2024 Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>`;
}

describe("extractArticle", () => {
  test("keeps the article's paragraphs, one per line, and drops navigation, ads, sharing and footer", () => {
    const article = extractArticle(newsPage(), URL);
    expect(article).not.toBeNull();
    expect(article!.body.split("\n")).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      "Housing",
      PARAGRAPHS[2],
      "Unemployment: 3.2 percent, according to the mayor.",
      "New homes: 4,000, according to the mayor.",
      "The opposition leader, Sam Roe, said the housing figure counted homes that had been approved but not yet built.",
      "“Approved is not built,” he said, and called for an independent audit of the figures.",
    ]);
    for (const boilerplate of ["Politics", "ADVERTISEMENT", "cookies", "Share on", "Most read", "All rights reserved", "Privacy"]) {
      expect(article!.body).not.toContain(boilerplate);
    }
  });

  test("picks up title, outlet, author and the publication date as the publisher wrote it", () => {
    expect(extractArticle(newsPage(), URL)).toEqual({
      title: "Mayor claims jobs boom",
      body: expect.any(String),
      sourceOutlet: "Daily Example",
      originalAuthor: "Jane Doe",
      // 23:30 in New York on 5 March is 6 March in UTC; the article's own date is kept.
      originalPublishedOn: "2024-03-05",
      sourceUrl: URL,
    });
  });

  test("the body has no empty lines, no doubled or no-break spaces and no stray whitespace", () => {
    const { body } = extractArticle(newsPage(), URL)!;
    expect(body).not.toMatch(/\n\s*\n/);
    expect(body).not.toMatch(/[ \u00a0\t]{2,}|\u00a0|^\s|\s$/);
    for (const line of body.split("\n")) expect(line).toBe(line.trim());
  });

  test("reads the date and author from JSON-LD when there are no meta tags", () => {
    const head = `<script type="application/ld+json">{
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "name": "Daily Example", "datePublished": "2001-01-01" },
        { "@type": "NewsArticle", "headline": "Mayor claims jobs boom", "datePublished": "2024-02-29T08:00:00+01:00",
          "author": { "@type": "Person", "name": "Jane Doe" }, "publisher": { "@type": "Organization", "name": "Daily Example" } }
      ]
    }</script>`;
    const article = extractArticle(newsPage({ head, articleTop: "" }), URL)!;
    expect(article.originalPublishedOn).toBe("2024-02-29");
    expect(article.body.split("\n")[0]).toBe(PARAGRAPHS[0]);
  });

  test("falls back to a <time datetime> in the article, and to the site's name for the outlet", () => {
    const article = extractArticle(newsPage({ head: "", articleTop: `<p>Published <time datetime="2023-11-30T09:15">30 Nov</time></p>` }), URL)!;
    expect(article.originalPublishedOn).toBe("2023-11-30");
    expect(article.sourceOutlet).toBe("dailyexample.com");
    expect(article.originalAuthor).toBeNull();
  });

  test("a date that is not a real calendar date is left out", () => {
    const head = `<meta property="article:published_time" content="2024-02-30T10:00:00Z">`;
    expect(extractArticle(newsPage({ head, articleTop: "" }), URL)!.originalPublishedOn).toBeNull();
    const words = `<meta property="article:published_time" content="last Tuesday">`;
    expect(extractArticle(newsPage({ head: words, articleTop: "" }), URL)!.originalPublishedOn).toBeNull();
  });

  test("a byline printed in the page becomes the author and leaves the body", () => {
    const article = extractArticle(newsPage({ head: "", articleTop: `<p class="byline">By Sam Writer</p>` }), URL)!;
    expect(article.originalAuthor).toBe("Sam Writer");
    expect(article.body).not.toContain("Sam Writer");
  });

  test("reads pages that leave out <html>, <head> and <body>", () => {
    const html = `<!doctype html><meta charset=utf-8><title>Council votes on budget</title>
      <p>The council approved the budget on Monday by nine votes to four after a long debate.</p>
      <p>The opposition said the plan cuts library opening hours &amp; bus routes.</p>`;
    expect(extractArticle(html, "https://example.org/budget")).toMatchObject({
      title: "Council votes on budget",
      body: "The council approved the budget on Monday by nine votes to four after a long debate.\nThe opposition said the plan cuts library opening hours & bus routes.",
      sourceOutlet: "example.org",
    });
  });

  test("a page with no readable text is not an article", () => {
    expect(extractArticle("", URL)).toBeNull();
    expect(extractArticle("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>", URL)).toBeNull();
    expect(extractArticle("<html><body><img src='a.png'><script>var x = 'lots of words in a script here';</script></body></html>", URL)).toBeNull();
  });
});

describe("extractPlainText", () => {
  test("every line is a paragraph when the text has no blank lines; the first is the title", () => {
    const article = extractPlainText("Council votes on budget\r\nThe council approved it   on Monday.\r\nThe opposition objected.\n", "https://example.org/budget.txt");
    expect(article).toEqual({
      title: "Council votes on budget",
      body: "Council votes on budget\nThe council approved it on Monday.\nThe opposition objected.",
      sourceOutlet: "example.org",
      originalAuthor: null,
      originalPublishedOn: null,
      sourceUrl: "https://example.org/budget.txt",
    });
  });

  test("blank lines separate paragraphs, and hard-wrapped lines are joined", () => {
    const text = "Council votes on budget\n\nThe council approved the budget\non Monday by nine votes to four.\n  \n\nThe opposition objected.\n";
    expect(extractPlainText(text, "https://example.org/a.txt")!.body).toBe(
      "Council votes on budget\nThe council approved the budget on Monday by nine votes to four.\nThe opposition objected.",
    );
  });

  test("empty text is not an article", () => {
    expect(extractPlainText(" \n\n ", "https://example.org/a.txt")).toBeNull();
  });
});
