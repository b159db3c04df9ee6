import { describe, expect, test } from "vitest";
import { CLAIM_PANEL, CLAIM_POPOVER_SCRIPT, claimPanelJson } from "@/components/reader/claimPopoverScript";
import { withoutFrameworkScripts } from "@/lib/web/readingPathHtml";

// A reading page as Next.js renders it (its shape in Next.js 16), cut down.
const PAGE = [
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/24pc.css" nonce="n" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/0j67.js"/>`,
  `<script src="/_next/static/chunks/44ew.js" async="" nonce="n"></script>`,
  `<script src="/_next/static/chunks/0cz1.js" noModule="" nonce="n"></script>`,
  `<link rel="canonical" href="https://news.example/articles/a"/>`,
  `</head><body><main><h1>Title</h1><p>Text</p>`,
  `<script type="application/ld+json">[{"@type":"ClaimReview"}]</script>`,
  `<script id="claim-panel-data" type="application/json">{"fragments":{}}</script>`,
  `<script nonce="n">${CLAIM_POPOVER_SCRIPT}</script>`,
  `</main><script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>`,
  `<script src="/_next/static/chunks/0j67.js" nonce="n" async=""></script>`,
  `<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script nonce="n">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>`,
  `</body></html>`,
].join("");

describe("a reading page without the framework's client code", () => {
  const light = withoutFrameworkScripts(PAGE);

  test("loses the framework's scripts, their preloads and the flight data", () => {
    expect(light).not.toMatch(/_next\/static\/[^"]*\.js/);
    expect(light).not.toContain("__next_f");
    expect(light).not.toContain("TURBOPACK");
  });

  test("keeps its content, styles, links, data blocks and its own script", () => {
    for (const kept of [
      `<link rel="stylesheet" href="/_next/static/chunks/24pc.css"`,
      `<link rel="canonical"`,
      `<h1>Title</h1><p>Text</p>`,
      `<script type="application/ld+json">[{"@type":"ClaimReview"}]</script>`,
      `<script id="claim-panel-data" type="application/json">`,
      `<script nonce="n">${CLAIM_POPOVER_SCRIPT}</script>`,
    ]) {
      expect(light).toContain(kept);
    }
  });

  test("is left whole when React streamed part of it after the shell (only a script would show that part)", () => {
    const streamed = PAGE.replace("<p>Text</p>", `<template id="B:0"></template><div hidden id="S:0"><p>Text</p></div><script>$RC("B:0","S:0")</script>`);
    expect(withoutFrameworkScripts(streamed)).toBe(streamed);
  });
});

describe("the claim popover's script", () => {
  test("stands alone: it runs with nothing but the browser's globals", () => {
    // Parsing it as a whole program fails on anything the build left pointing outside the function.
    expect(() => new Function(CLAIM_POPOVER_SCRIPT)).not.toThrow();
    expect(CLAIM_POPOVER_SCRIPT).toContain(JSON.stringify(CLAIM_PANEL));
    expect(CLAIM_POPOVER_SCRIPT).not.toMatch(/\brequire\(|\bimport\b|__webpack|__turbopack/);
  });

  test("its data cannot close the element it is in", () => {
    const json = claimPanelJson({ fragments: {}, titles: { "claim-1": "</script><script>alert(1)</script>" } });
    expect(json).not.toContain("</script");
    expect(JSON.parse(json).titles["claim-1"]).toBe("</script><script>alert(1)</script>");
  });
});
