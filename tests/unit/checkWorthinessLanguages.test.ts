import { statSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { scoreSentenceWith } from "@/lib/domain/checkWorthiness";
import {
  SCORED_LANGUAGES,
  checkWorthinessScorerFor,
  hasCheckWorthinessModel,
  postModelInfo,
} from "@/lib/domain/checkWorthiness/languageModels";
import { getShippedModel } from "@/lib/domain/checkWorthiness/shippedModel";
import { decodeWeightsFile, encodeQuantisedWeightsFile } from "@/lib/domain/checkWorthiness/weightsFile";
import { claimCandidates } from "@/lib/domain/claimCandidates";
import { scoreClaimSpans, suggestClaimsInLanguage } from "@/lib/domain/claimSuggestions";
import { isPostLikeText } from "@/lib/domain/postLikeText";

const SPANISH_POSTS = [
  "El gobierno confirmó 5.000 nuevos casos de COVID-19 en las últimas 24 horas https://t.co/AbCdEf",
  "Buenos días a todos, feliz lunes #animo",
  "La vacuna rusa tiene una eficacia del 91 por ciento según The Lancet @minsalud",
].join("\n");

describe("check-worthiness models by language", () => {
  test("every language of CLEF-2022 Task 1A has one; others have none", () => {
    expect([...SCORED_LANGUAGES].sort()).toEqual(["ar", "bg", "en", "es", "nl", "tr"]);
    expect(hasCheckWorthinessModel("fr")).toBe(false);
    expect(hasCheckWorthinessModel("constructor")).toBe(false);
    expect(checkWorthinessScorerFor("fr", true)).toBeNull();
  });

  test("English posts get the tweet model; English articles keep the debate model", () => {
    expect(checkWorthinessScorerFor("en", true)?.name).toBe("clef2022-en");
    const article = checkWorthinessScorerFor("en", false);
    expect(article?.name).toBe("clef2019-debates");
    expect(article?.model).toBe(getShippedModel());
    expect(article?.unit).toBe("sentence");
    expect(checkWorthinessScorerFor("es", false)?.unit).toBe("sentence");
  });

  test("suggestClaims scores with the model of the language it is given", () => {
    const es = checkWorthinessScorerFor("es", true);
    if (!es) throw new Error("no Spanish model");
    const { suggestions, language, scored } = suggestClaimsInLanguage(SPANISH_POSTS, { lang: "es", threshold: 0 });
    expect({ language, scored }).toEqual({ language: "es", scored: true });
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    for (const s of suggestions) {
      const line = SPANISH_POSTS.split("\n").find((l) => l.includes(s.text)) ?? "";
      expect(s.score).toBeCloseTo(scoreSentenceWith(es.model, es.unit === "line" ? line : s.text), 10);
    }
    const asTurkish = suggestClaimsInLanguage(SPANISH_POSTS, { lang: "tr", threshold: 0 }).suggestions;
    expect(asTurkish.map((s) => s.score)).not.toEqual(suggestions.map((s) => s.score));
  });

  test("claims accepted from suggestions keep the score they were suggested with", () => {
    const suggested = suggestClaimsInLanguage(SPANISH_POSTS, { threshold: 0 }).suggestions;
    expect(scoreClaimSpans(SPANISH_POSTS, suggested)).toEqual(suggested.map((s) => s.score));
    expect(scoreClaimSpans("Le ministre a démenti ces chiffres ce matin devant la presse.", [{ start: 0, end: 10 }])).toEqual([null]);
  });

  test("without a language it detects one", () => {
    expect(suggestClaimsInLanguage(SPANISH_POSTS, { threshold: 0 }).language).toBe("es");
  });

  test("a language without a model lists the sentences unscored and says so", () => {
    const text = "Le gouvernement a annoncé 5 000 nouveaux cas hier soir. Le ministre a démenti ces chiffres.";
    const result = suggestClaimsInLanguage(text, { lang: "fr" });
    expect(result.scored).toBe(false);
    expect(result.language).toBe("fr");
    expect(result.suggestions.map((s) => [s.text, s.score])).toEqual([
      ["Le gouvernement a annoncé 5 000 nouveaux cas hier soir.", 0],
      ["Le ministre a démenti ces chiffres.", 0],
    ]);
    expect(suggestClaimsInLanguage(text).scored).toBe(false); // detected as French
  });
});

describe("posts", () => {
  test("are told from articles and transcripts", () => {
    expect(isPostLikeText(SPANISH_POSTS)).toBe(true);
    expect(isPostLikeText("One short post without links")).toBe(true);
    expect(isPostLikeText("A post with a link, ending in a full stop: https://example.com/a.")).toBe(true);
    // A one-sentence article is an article (the debate model's, in English), not a post.
    expect(isPostLikeText("The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.")).toBe(false);
    expect(isPostLikeText("First paragraph of an article.\nSecond paragraph.\nThird one, with https://example.com in it.\nFourth.")).toBe(false);
    expect(isPostLikeText("")).toBe(false);
  });

  test("a post without final punctuation still offers a span (it would read as a heading)", () => {
    const text = "Отменят се част от противоепидемичните мерки у нас https://t.co/AbCdEf\nВтори ред с #хаштаг и още думи тук";
    expect(claimCandidates(text, false)).toEqual([]);
    const spans = claimCandidates(text, true);
    expect(spans.map((s) => s.text)).toEqual([text.split("\n")[0], "Втори ред с #хаштаг и още думи тук"]);
    expect(spans[0]?.line).toBe(text.split("\n")[0]);
  });
});

describe("per-language weight files", () => {
  test.each(SCORED_LANGUAGES)("%s decodes, is small, and carries its honest figures", (lang) => {
    const file = new URL(`../../lib/domain/checkWorthiness/weights/clef2022-${lang}.json`, import.meta.url);
    expect(statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);
    const info = postModelInfo(lang);
    expect(info.trainedOn).toMatch(new RegExp(`CLEF-2022 .* ${lang} train \\+ dev`));
    expect(info.nestedCvAp).toBeGreaterThan(0.3);
    expect(info.untouchedAp).toBeGreaterThan(0.3);
    const model = checkWorthinessScorerFor(lang, true)?.model;
    expect(model?.config.unicodeWords).toBe(true);
    expect(model?.weights.some((w) => w !== 0)).toBe(true);
  });

  test("quantised encoding round-trips within half a step and rejects bad entries", () => {
    const dense = Float32Array.from([0, 0.5, -1, 0, 0.002, 0.25]);
    const config = { hashBits: 2, wordUnigrams: true, wordBigrams: false, charMin: 0, charMax: 0, handFeatures: false };
    const header = { language: "xx", trainedOn: "t", nestedCvAp: 0, untouchedAp: 0, notes: "", featureConfig: config, scoring: "line" as const };
    const file = encodeQuantisedWeightsFile(header, 0.5, dense, 100);
    expect(file.indexDeltas).toEqual([1, 1, 3]); // 0.002 rounds to no step at all and is left out
    const model = decodeWeightsFile(JSON.parse(JSON.stringify(file)));
    expect(model.bias).toBe(0.5);
    dense.forEach((w, i) => expect(Math.abs((model.weights[i] ?? 0) - w)).toBeLessThanOrEqual(file.weightStep / 2 + 1e-6));
    expect(() => decodeWeightsFile({ ...file, weights: [1, 2.5, 3] })).toThrow(/bad entry/);
    expect(() => decodeWeightsFile({ ...file, featureConfig: { ...config, handFeatures: true } })).toThrow(/hand features/);
  });
});
