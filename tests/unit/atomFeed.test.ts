import { describe, expect, test } from "vitest";
import { DOMParser } from "linkedom";
import { atomFeed, escapeXml } from "@/lib/domain/atomFeed";

const entry = (n: number, title: string) => ({
  id: `https://f.example/articles/a/versions/${n}`,
  title,
  link: "https://f.example/articles/a?x=1&y=2",
  updated: new Date(Date.UTC(2026, 0, n)),
  summary: `Version ${n} <b>&</b>`,
});

describe("atomFeed", () => {
  test("a valid Atom document: feed and entry ids, titles, links, dates and summaries, every text escaped", () => {
    const xml = atomFeed({
      id: "https://f.example/feed.xml",
      title: "Checks & balances",
      link: "https://f.example/",
      self: "https://f.example/feed.xml",
      author: "Desk <news>",
      entries: [entry(3, "</title><script>x</script> “Москва”"), entry(1, "First")],
    });
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const feed = doc.querySelector("feed")!;
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect(doc.querySelector("feed > title")!.textContent).toBe("Checks & balances");
    expect(doc.querySelector("feed > updated")!.textContent).toBe("2026-01-03T00:00:00.000Z");
    expect(doc.querySelector("feed > author > name")!.textContent).toBe("Desk <news>");
    const entries = [...doc.querySelectorAll("entry")];
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector("title")!.textContent).toBe("</title><script>x</script> “Москва”");
    // (linkedom leaves entities in attributes as they are.)
    expect(entries[0]!.querySelector("link")!.getAttribute("href")).toBe("https://f.example/articles/a?x=1&amp;y=2");
    expect(entries[0]!.querySelector("summary")!.textContent).toBe("Version 3 <b>&</b>");
    for (const e of entries) for (const field of ["id", "title", "updated", "link", "summary"]) expect(e.querySelector(field), field).not.toBeNull();
    expect(xml).not.toContain("<script>");
  });

  test("escapeXml drops characters XML cannot hold and escapes markup and quotes", () => {
    expect(escapeXml(`a\u0000b<"'&>`)).toBe("ab&lt;&quot;&apos;&amp;&gt;");
  });
});
