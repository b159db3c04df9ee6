// WCAG 2.2 contrast of a verdict's colour against the surfaces it is drawn on. The colour is never the colour of
// normal-size text: reader badges write the label in the page's text colour beside a square and border in the
// verdict's colour (a graphic, WCAG 1.4.11: 3:1), and the share image writes the label in the colour as large text
// on a light background (WCAG 1.4.3, large text: 3:1). So 3:1 is the bar, not 4.5:1.
//   - Light (white): refused below 3:1. Light pages, print and the share image all draw it on white or near-white.
//   - Dark (the reader badge's dark-mode background): a warning below 3:1, not a refusal. The label beside it says
//     the same thing, and refusing would rule out the classic dark red and grey of most newsrooms' scales.

import type { NamedWords } from "./translate";

/** The surfaces a verdict colour is drawn on: white, and the reader badge's dark background (Tailwind stone-900). */
export const CONTRAST_BACKGROUNDS = { light: "#ffffff", dark: "#1c1917" } as const;

/** The least contrast a verdict colour needs against its background (a badge's graphic, large text). */
export const MIN_GRAPHIC_CONTRAST = 3;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Whether a value is a colour as the scale stores it: `#` and six hex digits. */
export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** The relative luminance of a `#rrggbb` colour (0 black … 1 white), as WCAG defines it. */
export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 … 21, whichever way round. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export type ColourCheck = {
  /** Contrast against white and against the dark background, rounded down to two decimals (never flattering). */
  light: number;
  dark: number;
  /** "refused": cannot be saved; "warning": can be saved, with the reason shown; "ok". */
  level: "ok" | "warning" | "refused";
  /** What is wrong, as words of the errors catalog an admin can act on; null when nothing is. */
  message: ColourWords | null;
};

/** Why a colour is refused or warned about, as words of the errors catalog. */
export type ColourWords = NamedWords<"enterHexColour" | "colourTooLight" | "colourHardInDark">;

/** How a verdict colour fares against the backgrounds it is shown on, and whether it may be saved. */
export function checkVerdictColour(colour: string): ColourCheck {
  if (!isHexColour(colour)) return { light: 0, dark: 0, level: "refused", message: { key: "enterHexColour" } };
  const light = floor2(contrastRatio(colour, CONTRAST_BACKGROUNDS.light));
  const dark = floor2(contrastRatio(colour, CONTRAST_BACKGROUNDS.dark));
  if (light < MIN_GRAPHIC_CONTRAST) {
    return { light, dark, level: "refused", message: { key: "colourTooLight", values: { light } } };
  }
  if (dark < MIN_GRAPHIC_CONTRAST) {
    return { light, dark, level: "warning", message: { key: "colourHardInDark", values: { dark } } };
  }
  return { light, dark, level: "ok", message: null };
}

function floor2(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}
