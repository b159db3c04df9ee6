import { describe, expect, test } from "vitest";
import { inEnglish } from "@/lib/core/serviceWords";
import { checkVerdictColour, contrastRatio, relativeLuminance } from "@/lib/domain/colourContrast";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/defaultRatingScale";

describe("contrast of verdict colours (WCAG 2.2)", () => {
  test("matches the WCAG formula at its known points", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(contrastRatio("#B91C1C", "#ffffff")).toBeCloseTo(6.47, 2);
  });

  test("refuses a colour below 3:1 on white, warns below 3:1 on the dark background, passes the rest", () => {
    expect(checkVerdictColour("#fde68a")).toMatchObject({ level: "refused", message: { key: "colourTooLight" } });
    expect(inEnglish(checkVerdictColour("#fde68a").message!)).toBe("Too light to see on a white page (1.24:1; it needs at least 3:1). Choose a darker colour.");
    expect(checkVerdictColour("#959595")).toMatchObject({ level: "refused" }); // 2.995:1 on white
    expect(checkVerdictColour("#949494")).toMatchObject({ level: "ok", light: 3.03 }); // just over 3:1 on white, 5.7:1 on dark
    expect(inEnglish(checkVerdictColour("#7f1d1d").message!)).toMatch(/^Hard to see in dark mode \(\d\.\d+:1, below 3:1\)/);
    expect(checkVerdictColour("#7f1d1d").level).toBe("warning");
    expect(checkVerdictColour("#dc2626")).toMatchObject({ level: "ok", message: null });
    expect(checkVerdictColour("#dc2626").light).toBe(4.82); // 4.829, floored
  });

  test("never rounds a ratio up past the bar", () => {
    expect(checkVerdictColour("#959595").light).toBe(2.99);
  });

  test("refuses what is not a #rrggbb colour", () => {
    for (const colour of ["red", "#fff", "#12345g", "", "rgb(0,0,0)"]) expect(checkVerdictColour(colour).level).toBe("refused");
  });

  test("the default scale can be saved as it is", () => {
    for (const verdict of DEFAULT_RATING_SCALE.verdicts) expect(checkVerdictColour(verdict.colour).level, verdict.label).not.toBe("refused");
  });
});
