import { describe, expect, test } from "vitest";
import { DEBATE_SUGGESTION_THRESHOLD, SCORED_LANGUAGES, checkWorthinessScorerFor, postModelInfo } from "@/lib/domain/checkWorthiness/languageModels";
import { suggestClaimsInLanguage } from "@/lib/domain/claimSuggestions";

// The Arabic article of the browser test of the loop (tests/e2e/languageLoop.spec.ts): unemployment fell to 12.4% in
// 2025; the government built 4,000 fewer homes than it promised; a new 450-bed hospital. The Arabic tweet model scores
// them 0.47, 0.58 and 0.40: with the English debate model's 0.6 for every language, none was suggested.
const ARABIC_ARTICLE = [
  "قال وزير الاقتصاد إن معدل البطالة انخفض إلى 12.4 في المئة في عام 2025، وهو أدنى رقم منذ عشر سنوات.",
  "وتقول المعارضة إن الحكومة بنت 4000 منزل أقل مما وعدت به في القاهرة.",
  "وافتتح المحافظ يوم الثلاثاء المستشفى الجديد الذي سيضم 450 سريرا.",
].join("\n");
// "Good morning everyone, I wish you a happy day."
const ARABIC_GREETING = "صباح الخير للجميع، أتمنى لكم يوماً سعيداً.";

describe("the score from which a sentence is suggested, per language", () => {
  test("each tweet model carries the threshold chosen for it; English articles keep the debate model's 0.6", () => {
    for (const lang of SCORED_LANGUAGES) {
      const scorer = checkWorthinessScorerFor(lang, true);
      expect(scorer?.suggestAt).toBe(postModelInfo(lang).suggestAt);
      expect(checkWorthinessScorerFor(lang, false)?.suggestAt).toBe(lang === "en" ? DEBATE_SUGGESTION_THRESHOLD : postModelInfo(lang).suggestAt);
      expect(postModelInfo(lang).suggestAt).toBeGreaterThan(0);
      expect(postModelInfo(lang).suggestAt).toBeLessThan(1);
    }
    expect(DEBATE_SUGGESTION_THRESHOLD).toBe(0.6);
    expect(postModelInfo("ar").suggestAt).toBeLessThan(DEBATE_SUGGESTION_THRESHOLD);
  });

  test("check-worthy sentences of an Arabic article are suggested; a greeting is not", () => {
    const { suggestions, language, suggestAt } = suggestClaimsInLanguage(ARABIC_ARTICLE, { lang: "ar" });
    expect(language).toBe("ar");
    expect(suggestAt).toBe(postModelInfo("ar").suggestAt);
    expect(suggestions.map((s) => s.text)).toEqual(ARABIC_ARTICLE.split("\n"));
    for (const s of suggestions) expect(s.score).toBeLessThan(DEBATE_SUGGESTION_THRESHOLD);
    expect(suggestClaimsInLanguage(ARABIC_GREETING, { lang: "ar" }).suggestions).toEqual([]);
    expect(suggestClaimsInLanguage(ARABIC_GREETING, { lang: "ar", threshold: 0 }).suggestions).toHaveLength(1);
  });

  test("a threshold given by the caller still wins over the language's", () => {
    expect(suggestClaimsInLanguage(ARABIC_ARTICLE, { lang: "ar", threshold: DEBATE_SUGGESTION_THRESHOLD }).suggestions).toEqual([]);
  });

  test("text without a model has no threshold", () => {
    expect(suggestClaimsInLanguage("Le ministre a démenti ces chiffres ce matin devant la presse.", { lang: "fr" }).suggestAt).toBeNull();
  });
});
