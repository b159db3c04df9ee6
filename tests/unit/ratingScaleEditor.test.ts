import { createElement } from "react";
import { expect, test } from "vitest";
import { RatingScaleEditor } from "@/components/admin/RatingScaleEditor";
import { checkVerdictColour } from "@/lib/domain/colourContrast";
import type { RatingScaleDto } from "@/lib/services/ratingScales/ratingScaleDto";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";

const verdict = (position: number, label: string, truthRank: number | null) => ({
  lineageId: `00000000-0000-4000-8000-00000000000${position}`,
  label,
  description: "",
  colour: "#4b5563",
  position,
  truthRank,
  retired: false,
  translations: {},
  claimCount: 0,
  contrast: checkVerdictColour("#4b5563"),
});

test("the scale editor previews each verdict's ClaimReview rating as it will be published", () => {
  const scale: RatingScaleDto = { scaleId: "s", name: "Scale", language: "en", version: 3, verdicts: [verdict(1, "False", 1), verdict(2, "True", 2), verdict(3, "Unproven", null)] };
  const html = renderInLanguage(createElement(RatingScaleEditor, { initial: scale, save: async () => ({ ok: false, error: "unused" }) as never }));
  const preview = (label: string) => {
    const start = html.indexOf(`aria-label="ClaimReview preview of ${label}"`);
    return html.slice(start, html.indexOf("</div>", start));
  };
  expect(preview("True")).toContain("&quot;ratingValue&quot;: 2");
  expect(preview("True")).toContain("&quot;bestRating&quot;: 2");
  expect(preview("True")).toContain("Read as 2 of 2: the most true.");
  expect(preview("False")).toContain("Read as 1 of 2: the least true.");
  expect(preview("Unproven")).not.toContain("ratingValue");
  expect(preview("Unproven")).toContain("No number: aggregators see only the name");
  // Each verdict's place is chosen from a list: none, or 1 (least true) to the number of verdicts.
  expect(html.match(/<option value=""[^>]*>None \(not rated on the truth scale\)<\/option>/g)).toHaveLength(3);
});

test("each verdict's translations are folded under it: labelled fields in their language, and a list of languages not yet used", () => {
  const translated = { ...verdict(1, "False", 1), translations: { es: { label: "Falso", description: "No es cierto." }, ar: { label: "خطأ", description: "" } } };
  const scale: RatingScaleDto = { scaleId: "s", name: "Scale", language: "en", version: 3, verdicts: [translated, verdict(2, "True", 2)] };
  const html = renderInLanguage(createElement(RatingScaleEditor, { initial: scale, save: async () => ({ ok: false, error: "unused" }) as never }));
  const falseVerdict = html.slice(html.indexOf("Verdict 1"), html.indexOf("Verdict 2"));
  expect(falseVerdict).toContain("<summary");
  expect(falseVerdict).toContain("Translations: 2 languages");
  expect(falseVerdict).toMatch(/<label for="([^"]+)"[^>]*>Name in Spanish<\/label>.*<input id="\1"[^>]*lang="es"[^>]*dir="ltr"[^>]*value="Falso"/s);
  expect(falseVerdict).toMatch(/<label for="([^"]+)"[^>]*>Description in Spanish<\/label>.*<textarea id="\1"[^>]*lang="es"/s);
  expect(falseVerdict).toMatch(/<input id="[^"]+"[^>]*lang="ar"[^>]*dir="rtl"[^>]*value="خطأ"/);
  expect(falseVerdict).toContain('aria-label="Remove translation: Spanish (False)"');
  // Each language once: the list offers the ones the verdict has no translation for.
  const offered = falseVerdict.slice(falseVerdict.indexOf(">Language</label>"));
  expect(offered).toContain('<option value="" selected="">Choose a language…</option>');
  expect(offered).toContain('<option value="fr">French (français)</option>');
  expect(offered).not.toContain('<option value="es">');
  expect(offered).toContain('aria-label="Add translation: False"');
  expect(html.slice(html.indexOf("Verdict 2"))).toContain("Translations: none yet");
});

test("the language the verdicts' own words are written in is chosen from the list, and their fields and previews say it", () => {
  const scale: RatingScaleDto = { scaleId: "s", name: "Scale", language: "es", version: 3, verdicts: [verdict(1, "Falso", 1)] };
  const html = renderInLanguage(createElement(RatingScaleEditor, { initial: scale, save: async () => ({ ok: false, error: "unused" }) as never }));
  expect(html).toMatch(/<label for="([^"]+)"[^>]*>Language of the verdicts&#x27; own words<\/label>.*<select id="\1"[^>]*>.*<option value="es" selected="">Spanish \(español\)<\/option>/s);
  const own = html.slice(html.indexOf("Verdict 1"));
  expect(own).toMatch(/<label for="([^"]+)"[^>]*>Name<\/label>.*<input id="\1"[^>]*lang="es"[^>]*dir="ltr"[^>]*value="Falso"/s);
  expect(own).toMatch(/<label for="([^"]+)"[^>]*>Description<\/label>.*<textarea id="\1"[^>]*lang="es"/s);
  // The previews of the reader's badge, light and dark.
  expect(own.match(/<span[^>]*lang="es"[^>]*><span aria-hidden="true"[^>]*><\/span>Falso<\/span>/g)).toHaveLength(2);
});
