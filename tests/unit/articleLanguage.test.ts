import { describe, expect, test } from "vitest";
import { detectLanguage } from "@/lib/domain/articleLanguage";

// Short samples, one or two sentences each, in the style of the posts and articles the desk handles.
const SAMPLES: [string, string][] = [
  ["en", "The government said unemployment fell to 3.5 percent last year, the lowest rate in fifty years."],
  ["es", "El gobierno anunció que el desempleo bajó al 3,5 por ciento el año pasado, la tasa más baja en cincuenta años."],
  ["ar", "أعلنت وزارة الصحة تسجيل ٥٠٠ إصابة جديدة بفيروس كورونا خلال الأربع والعشرين ساعة الماضية."],
  ["bg", "Министерството на здравеопазването съобщи за 500 нови случая на коронавирус през последните 24 часа."],
  ["nl", "Het kabinet meldt dat de werkloosheid vorig jaar daalde tot 3,5 procent, het laagste niveau in vijftig jaar."],
  ["tr", "Sağlık Bakanlığı son 24 saatte koronavirüs nedeniyle 500 yeni vaka tespit edildiğini açıkladı."],
  ["fr", "Le gouvernement a annoncé que le chômage est tombé à 3,5 pour cent l'an dernier, le taux le plus bas depuis cinquante ans."],
];

describe("detectLanguage", () => {
  test.each(SAMPLES)("recognises %s in a sentence or two", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test("links, mentions and hashtags do not sway it", () => {
    expect(detectLanguage("@WHO #COVID19 https://t.co/AbCdEf El gobierno anunció nuevas medidas contra la pandemia hoy.")).toBe("es");
  });

  test("returns null when there is nothing to go on", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("   https://example.com/a  #tag ")).toBeNull();
    expect(detectLanguage("12 345 678")).toBeNull();
  });
});
