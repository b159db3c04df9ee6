import { ImageResponse } from "next/og";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareImage } from "@/components/share/ShareImage";
import { shapeArabic } from "@/lib/domain/arabicShaping";
import { shareImageFontFiles } from "@/lib/domain/shareImageFonts";
import { visualPieces, visualRightToLeft } from "@/lib/domain/visualText";
import { shareImageFonts } from "@/lib/web/shareImageFonts";

const names = (texts: string[]) => shareImageFontFiles(texts).map((font) => font.name);

describe("share image fonts", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("picks a font for each script the words use, Latin always", () => {
    expect(names(["Fact-check"])).toEqual(["Noto Sans"]);
    expect(names(["Міністр заявив"])).toEqual(["Noto Sans", "Noto Sans Cyrillic"]);
    expect(names(["وزير الصحة"])).toEqual(["Noto Sans", "Noto Sans Arabic"]);
    expect(names(["שר הבריאות"])).toEqual(["Noto Sans", "Noto Sans Hebrew"]);
    expect(names(["Łódź", "αλήθεια"])).toEqual(["Noto Sans", "Noto Sans Latin Extended", "Noto Sans Greek"]);
  });

  it("reads regular and bold of each from disk, once", async () => {
    const fonts = await shareImageFonts(["وزير الصحة", "Міністр"]);
    expect(fonts.map((font) => `${font.name} ${font.weight}`)).toEqual(["Noto Sans 400", "Noto Sans 700", "Noto Sans Cyrillic 400", "Noto Sans Cyrillic 700", "Noto Sans Arabic 400", "Noto Sans Arabic 700"]);
    expect(fonts.every((font) => font.data.byteLength > 1000)).toBe(true);
    const again = await shareImageFonts(["وزير"]);
    expect(again.at(-1)!.data).toBe(fonts.at(-1)!.data);
  });

  // Without fonts of its own for a script, next/og asks the internet for one (or draws boxes); without the shaping,
  // its shaper throws on Noto Sans Arabic. Neither may happen.
  it.each([
    ["Arabic", "وزير الصحة يقول إن اللقاحات آمنة تماماً، هل هذا صحيح؟", "خطأ", "rtl"],
    ["Ukrainian", "Міністр охорони здоров'я заявив, що 95% українців щеплені", "Неправда", "ltr"],
    ["Hebrew", "שר הבריאות אמר ש-95% מהאוכלוסייה התחסנו (לפי משרד הבריאות)", "לא נכון", "rtl"],
  ] as const)("renders an image in %s without fetching anything", async (_, title, label, direction) => {
    // next/og loads its own WASM through fetch from a data: URL; anything else would leave the machine.
    const realFetch = globalThis.fetch;
    const remote: string[] = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      remote.push(url);
      return Promise.resolve(new Response("", { status: 500 }));
    });
    const fonts = await shareImageFonts(["Factdesk", title, label]);
    const image = new ImageResponse(createElement(ShareImage, { byline: "Factdesk", title, direction, verdicts: [{ label, colour: "#b91c1c", count: 2 }] }), { width: 1200, height: 630, fonts });
    const png = Buffer.from(await image.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(remote).toEqual([]);
  }, 30_000);
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
