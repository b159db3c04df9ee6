import { readFileSync } from "node:fs";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseHTML } from "linkedom";
import { renderToStaticMarkup } from "react-dom/server";
import { ShareImage } from "@/components/share/ShareImage";
import { shapeArabic } from "@/lib/domain/arabicShaping";
import { fontCharacters, woffToSfnt } from "@/lib/domain/fontBytes";
import { drawsWhole, shareImageFontFiles, SHARE_IMAGE_FONT_FILES } from "@/lib/domain/shareImageFonts";
import { drawableWords, shareImageVerdicts, type ShareImageWords } from "@/lib/domain/shareImageWords";
import { visualPieces, visualRightToLeft } from "@/lib/domain/visualText";
import { shareImageDrawing, shareImageFonts } from "@/lib/web/shareImageFonts";

const names = (texts: string[]) => shareImageFontFiles(texts).map((font) => font.name);

describe("share image fonts", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("picks a font for each script the words use, Latin always", () => {
    expect(names(["Fact-check"])).toEqual(["Noto Sans"]);
    expect(names(["Міністр заявив"])).toEqual(["Noto Sans", "Noto Sans Cyrillic"]);
    expect(names(["وزير الصحة"])).toEqual(["Noto Sans", "Noto Sans Arabic"]);
    expect(names(["שר הבריאות"])).toEqual(["Noto Sans", "Noto Sans Hebrew"]);
    expect(names(["Łódź", "αλήθεια"])).toEqual(["Noto Sans", "Noto Sans Latin Extended", "Noto Sans Greek"]);
    expect(names(["ჯანდაცვის მინისტრი", "Առողջապահության", "የጤና ሚኒስትሩ"])).toEqual(["Noto Sans", "Noto Sans Georgian", "Noto Sans Armenian", "Noto Sans Ethiopic"]);
  });

  it("reads regular and bold of each from disk, once", async () => {
    const fonts = await shareImageFonts(["وزير الصحة", "Міністр"]);
    expect(fonts.map((font) => `${font.name} ${font.weight}`)).toEqual(["Noto Sans 400", "Noto Sans 700", "Noto Sans Cyrillic 400", "Noto Sans Cyrillic 700", "Noto Sans Arabic 400", "Noto Sans Arabic 700"]);
    expect(fonts.every((font) => font.data.byteLength > 1000)).toBe(true);
    const again = await shareImageFonts(["وزير"]);
    expect(again.at(-1)!.data).toBe(fonts.at(-1)!.data);
  });

  it("reads which characters a font file has a glyph for", () => {
    const latin = fontCharacters(woffToSfnt(readFileSync(SHARE_IMAGE_FONT_FILES[0]!.file.replace("{weight}", "400"))));
    expect(["A", "é", "€", "…"].every((char) => latin.has(char.codePointAt(0)!))).toBe(true);
    // In the file's unicode-range (U+2000-206F) but not in the font: the range alone would let next/og fetch.
    expect(["中", "ж", "‰"].some((char) => latin.has(char.codePointAt(0)!))).toBe(false);
    const ethiopic = fontCharacters(woffToSfnt(readFileSync(SHARE_IMAGE_FONT_FILES.find((font) => font.name === "Noto Sans Ethiopic")!.file.replace("{weight}", "700"))));
    expect(ethiopic.has(0x1e7e0)).toBe(true); // beyond the first 65,536 characters (a format 12 map)
  });

  // Without fonts of its own for a script, next/og asks the internet for one (or draws boxes); without the shaping,
  // its shaper throws on Noto Sans Arabic. Neither may happen.
  async function render(words: ShareImageWords, direction: "ltr" | "rtl") {
    // next/og loads its own WASM through fetch from a data: URL; anything else would leave the machine.
    const realFetch = globalThis.fetch;
    const remote: string[] = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      remote.push(url);
      return Promise.resolve(new Response("", { status: 500 }));
    });
    const drawing = await shareImageDrawing(words);
    const image = new ImageResponse(createElement(ShareImage, { ...drawing.words, direction }), { width: 1200, height: 630, fonts: drawing.fonts });
    const png = Buffer.from(await image.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    return { remote, drawn: drawing.words };
  }

  it.each([
    ["Arabic", "وزير الصحة يقول إن اللقاحات آمنة تماماً، هل هذا صحيح؟", "خطأ", "rtl"],
    ["Ukrainian", "Міністр охорони здоров'я заявив, що 95% українців щеплені", "Неправда", "ltr"],
    ["Hebrew", "שר הבריאות אמר ש-95% מהאוכלוסייה התחסנו (לפי משרד הבריאות)", "לא נכון", "rtl"],
    ["Georgian", "ჯანდაცვის მინისტრმა განაცხადა, რომ ვაქცინა უსაფრთხოა", "მცდარი", "ltr"],
    ["Armenian", "Առողջապահության նախարարը հայտարարեց, որ պատվաստանյութը անվտանգ է", "Սուտ", "ltr"],
    ["Amharic", "የጤና ሚኒስትሩ ክትባቶች ደህና ናቸው ብለዋል፤ ይህ እውነት ነው?", "ሐሰት", "ltr"],
  ] as const)("renders an image in %s, title and verdict drawn, without fetching anything", async (_, title, label, direction) => {
    const words = { byline: "Factdesk", title, verdicts: [{ label, colour: "#b91c1c", count: 2 }] };
    const { remote, drawn } = await render(words, direction);
    expect(remote).toEqual([]);
    expect(drawn).toEqual(words);
  }, 30_000);

  // Scripts without a font here (Chinese), or one next/og draws wrong (Devanagari, Thai): left out whole, the rest of
  // the image drawn.
  it.each([
    ["Chinese", "卫生部长称疫苗完全安全，这是真的吗？", "错误"],
    ["Hindi", "स्वास्थ्य मंत्री ने कहा कि टीके सुरक्षित हैं", "ग़लत"],
    ["Thai", "รัฐมนตรีสาธารณสุขกล่าวว่าวัคซีนปลอดภัย", "ไม่จริง"],
  ] as const)("renders an image with a title in %s without fetching anything: the title and label left out", async (_, title, label) => {
    const { remote, drawn } = await render({ byline: "Factdesk", title, verdicts: [{ label, colour: "#b91c1c", count: 2 }, { label: "True", colour: "#15803d", count: 1 }] }, "ltr");
    expect(remote).toEqual([]);
    expect(drawn).toEqual({ byline: "Factdesk", title: "", verdicts: [{ label: "", colour: "#b91c1c", count: 2 }, { label: "True", colour: "#15803d", count: 1 }] });
  }, 30_000);

  it("drops only the emoji and arrows it cannot draw, keeping the words around them; another sign leaves the text out", async () => {
    const { remote, drawn } = await render({ byline: "Factdesk", title: "🚨 Vaccines are safe, the minister says → 95%", verdicts: [{ label: "False ❌", colour: "#b91c1c", count: 2 }, { label: "5 ‰ off", colour: "#15803d", count: 1 }] }, "ltr");
    expect(remote).toEqual([]);
    expect(drawn).toEqual({ byline: "Factdesk", title: "Vaccines are safe, the minister says 95%", verdicts: [{ label: "False", colour: "#b91c1c", count: 2 }, { label: "", colour: "#15803d", count: 1 }] });
  }, 30_000);

  it("leaves out an organisation's name it cannot draw with the byline, and keeps the title", async () => {
    const { remote, drawn } = await render({ byline: "Fact-check by 新华社", title: "The minister said vaccines are safe", verdicts: [] }, "ltr");
    expect(remote).toEqual([]);
    expect(drawn).toEqual({ byline: "", title: "The minister said vaccines are safe", verdicts: [] });
  }, 30_000);
});

describe("what the share image draws", () => {
  const set = (chars: string) => new Set([...chars].map((char) => char.codePointAt(0)!));
  const fonts = (...covers: string[]) => covers.flatMap((chars) => [400, 700].map((weight) => ({ weight, characters: set(chars) })));

  it("draws a text only when a font has each of its characters", () => {
    expect(drawsWhole("ab ba", fonts("ab ", "cd"))).toBe(true);
    expect(drawsWhole("ab dc", fonts("ab ", "cd"))).toBe(true);
    expect(drawsWhole("abe", fonts("ab ", "cd"))).toBe(false);
    expect(drawsWhole("a\nb\tc", fonts("abc"))).toBe(true);
    expect(drawsWhole("a", [])).toBe(false);
  });

  it("needs a mark in the font that draws its letter, the first that has it, as next/og does", () => {
    const e = "e\u0301";
    expect(drawsWhole(e, fonts("e\u0301"))).toBe(true);
    expect(drawsWhole(e, fonts("e", "e\u0301"))).toBe(false);
    expect(drawsWhole(e, fonts("\u0301", "e"))).toBe(false);
  });

  it("needs the characters in every weight", () => {
    expect(drawsWhole("ab", [{ weight: 400, characters: set("ab") }, { weight: 700, characters: set("a") }])).toBe(false);
  });

  it("leaves out each text it cannot draw whole, keeping a verdict's colour and count", () => {
    const words = { byline: "by Ab", title: "Ab 中", verdicts: [{ label: "Ab", colour: "#000", count: 2 }, { label: "中", colour: "#111", count: 1 }] };
    expect(drawableWords(words, fonts("Abby "))).toEqual({ byline: "by Ab", title: "", verdicts: [{ label: "Ab", colour: "#000", count: 2 }, { label: "", colour: "#111", count: 1 }] });
  });

  it("drops an emoji or an arrow it cannot draw, but leaves out the text when anything else cannot be drawn", () => {
    const words = { byline: "Ab ≠ ba", title: "Ab → ba 🚨", verdicts: [{ label: "Ab 中 ba", colour: "#000", count: 1 }] };
    expect(drawableWords(words, fonts("Abba "))).toEqual({ byline: "", title: "Ab ba", verdicts: [{ label: "", colour: "#000", count: 1 }] });
  });

  it("counts each verdict, most first, in its label's direction: the article's when translated, else the page's", () => {
    const claims = [
      { verdict: { label: "Mostly false", description: "", colour: "#b91c1c", position: 2, scaleSize: 6 } },
      { verdict: { label: "خطأ", description: "", colour: "#991b1b", position: 1, scaleSize: 6, language: "ar" } },
      { verdict: { label: "Mostly false", description: "", colour: "#b91c1c", position: 2, scaleSize: 6 } },
    ];
    expect(shareImageVerdicts(claims, "en")).toEqual([
      { label: "Mostly false", colour: "#b91c1c", count: 2, direction: "ltr" },
      { label: "خطأ", colour: "#991b1b", count: 1, direction: "rtl" },
    ]);
    expect(shareImageVerdicts(claims, "ar")[0]!.direction).toBe("rtl");
  });

  it("draws an English label on an Arabic article's image left to right, count first", () => {
    const pills = (direction?: "ltr" | "rtl") => {
      const html = renderToStaticMarkup(createElement(ShareImage, { byline: "Daily", title: "هل انخفضت البطالة؟", direction: "rtl", verdicts: [{ label: "Mostly false", colour: "#b91c1c", count: 2, direction }] }));
      const pill = [...parseHTML(html).document.querySelectorAll("div")].find((div) => div.getAttribute("style")!.includes("border:4px solid #b91c1c"))!;
      const pieces = pill.children.length ? [...pill.children].map((piece) => piece.textContent) : [pill.textContent];
      // As drawn from left to right: pieces in a reversed row are flowed from the right.
      return (pill.getAttribute("style")!.includes("row-reverse") ? pieces.toReversed() : pieces).join(" ");
    };
    expect(pills("ltr")).toBe("2 Mostly false");
    expect(pills()).toBe("Mostly false 2");
  });

  it("checks Arabic as it is drawn: in its joined forms", () => {
    const words = { byline: "", title: "سلام", verdicts: [] };
    expect(drawableWords(words, fonts("سلام")).title).toBe("");
    expect(drawableWords(words, fonts(shapeArabic("سلام"))).title).toBe("سلام");
  });
});

describe("right-to-left text for next/og", () => {
  it("joins Arabic letters into their presentation forms, lam-alef as one", () => {
    // سلام: seen initial, lam-alef final, meem isolated.
    expect(shapeArabic("سلام")).toBe("\uFEB3\uFEFC\uFEE1");
    expect(shapeArabic("لا")).toBe("\uFEFB");
    expect(shapeArabic("Hi")).toBe("Hi");
  });

  it("puts a word in visual order, numbers and Latin kept as they read, brackets mirrored", () => {
    expect(visualRightToLeft("(سلام)")).toBe("(\uFEE1\uFEFC\uFEB3)");
    expect(visualRightToLeft("عام 2024")).toBe("2024 \uFEE1\uFE8E\uFECB");
    expect(visualRightToLeft("95%")).toBe("95%");
    expect(visualRightToLeft("ש-95%")).toBe("95%-ש");
  });

  it("keeps words of the other direction together", () => {
    expect(visualPieces("قالت New York Times اليوم", "rtl")).toHaveLength(3);
    expect(visualPieces("the slogan الشعب يريد today", "ltr")).toEqual(["the", "slogan", visualRightToLeft("الشعب يريد"), "today"]);
  });

  it("keeps a bracket with its pair and a number with the words around it", () => {
    expect(visualPieces("قال إن COVID-19 vaccine (Pfizer) آمن", "rtl")).toContain("COVID-19 vaccine (Pfizer)");
    expect(visualPieces("Report: عام 2024 كان", "ltr")).toEqual(["Report:", visualRightToLeft("عام 2024 كان")]);
    expect(visualPieces("قال 3 وزراء", "rtl")).toHaveLength(3);
  });
});
