import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type ArchiveEntry, ClaimMatcher } from "@/lib/domain/claimMatching";
import { analyseText, sameClaimKey } from "@/lib/domain/claimMatching/matchText";
import { STEMMED_LANGUAGES } from "@/lib/domain/claimMatching/stemmers";

const stems = (text: string, language?: string | null) => analyseText(text, language).map((t) => t.stem);

describe("the matcher reads each text in its language", () => {
  test("English (and an unknown language) as before: Porter stems, English stop words", () => {
    expect(stems("The elections were postponed.", "en")).toEqual(["elect", "postpon"]);
    expect(stems("The elections were postponed.")).toEqual(stems("The elections were postponed.", "en-GB"));
  });

  test("another language gets its own stems, not English ones, and drops its own stop words", () => {
    expect(stems("No, el gobierno no subió los impuestos en 2023.", "es")).toEqual(["gobiern", "sub", "impuest", "#2023"]);
    // Porter would make "impuesto" of it, and the English list would keep "el", "los" and "en".
    expect(stems("No, el gobierno no subió los impuestos en 2023.")).toEqual(["el", "gobierno", "subió", "lo", "impuesto", "en", "#2023"]);
    expect(stems("Le taux de l'élection a baissé d'un point.", "fr")).toEqual(["taux", "élect", "baiss", "point"]);
  });

  test("by that language's rules: Turkish lower-cases İ to i and leaves a name's suffix off", () => {
    expect(stems("Seçim İstanbul'da yapıldı.", "tr")).toEqual(["seç", "istanbul", "yapıl"]);
    expect(sameClaimKey("Seçim İstanbul'da yapıldı.", "tr")).toBe(sameClaimKey("SEÇİM İSTANBUL'DA YAPILDI", "tr"));
  });

  test.each([
    ["es", "verificaciones", "verificación"],
    ["es", "Elecciones", "elección"],
    ["ru", "выборы", "выборов"],
    ["uk", "вибори", "виборів"],
    ["ar", "الرئيس", "رئيس"],
    ["ar", "اللقاح", "لقاح"],
    ["nl", "verkiezingen", "verkiezing"],
    ["tr", "seçimleri", "seçimler"],
    ["pt-BR", "vacinas", "vacina"],
  ])("inflected forms are one term in %s: %s, %s", (language, inflected, base) => {
    const [a] = stems(inflected, language);
    expect(a).toBeDefined();
    expect(a).toBe(stems(base, language)[0]);
    // Words as written, as before: two terms.
    expect(inflected.toLocaleLowerCase(language)).not.toBe(base);
  });

  test("every stemmed language gives every word a stem, whatever its script", () => {
    const word = fc.stringMatching(/^[\p{L}\p{M}]{2,14}$/u);
    fc.assert(
      fc.property(fc.constantFrom(...STEMMED_LANGUAGES), fc.array(word, { minLength: 1, maxLength: 8 }), (language, words) => {
        for (const token of analyseText(words.join(" "), language)) expect(token.stem.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test("a language without a stemmer keeps its words as written: Polish", () => {
    expect(stems("Wybory wyborów", "pl")).toEqual(["wybory", "wyborów"]);
  });

  test("Bulgarian stems as Lucene's stemmer does, letter changes included", () => {
    expect(stems("град града градът градове градовете", "bg")).toEqual(Array(5).fill("град"));
    expect(stems("вестник вестника вестникът вестници вестниците", "bg")).toEqual(Array(5).fill("вестник"));
    expect(stems("Изборите, избори", "bg")).toEqual(["избор", "избор"]);
  });
});

describe("a match in another language", () => {
  const archive: ArchiveEntry[] = [
    { id: "vacuna", claim: "La vacuna contra la covid causa infertilidad en las mujeres.", language: "es" },
    { id: "gasolina", claim: "El gobierno subió el precio de la gasolina en enero.", language: "es" },
    { id: "выборы", claim: "На Украине отменили проведение выборов президента.", language: "ru" },
    { id: "вибори", claim: "В Україні скасували вибори президента.", language: "uk" },
  ];
  const matcher = new ClaimMatcher(archive);

  test("shares a word written in another form: Spanish plural and singular", () => {
    const [match] = matcher.match("Las vacunas contra el covid causan infertilidad.", { language: "es" });
    expect(match?.id).toBe("vacuna");
    expect(match?.sharedTerms).toEqual(expect.arrayContaining(["vacuna", "causa", "infertilidad"]));
  });

  test("shares a word in another case: Russian and Ukrainian", () => {
    const [russian] = matcher.match("Президент заявил, что выборы отменены.", { language: "ru" });
    expect(russian?.id).toBe("выборы");
    expect(russian?.sharedTerms).toEqual(expect.arrayContaining(["выборов", "президента"]));
    const [ukrainian] = matcher.match("Президент заявив, що виборів не буде.", { language: "uk" });
    expect(ukrainian?.id).toBe("вибори");
    expect(ukrainian?.sharedTerms).toEqual(expect.arrayContaining(["вибори", "президента"]));
  });
});

describe("a language's small words are no match", () => {
  test("they are dropped: Snowball's list where Postgres has one, npm stopword's for Arabic, Ukrainian, Bulgarian…", () => {
    expect(stems("في هذا العام على الحدود", "ar")).not.toEqual(expect.arrayContaining(["في", "هذا", "على"]));
    expect(stems("Але це не так, що ціни зросли", "uk")).toEqual(stems("ціни зросли", "uk"));
    expect(stems("Това не е вярно, че цените са се повишили", "bg")).toEqual(stems("вярно цените повишили", "bg"));
    expect(stems("No, el gobierno", "es")).toEqual(["gobiern"]);
    // Greek's list is written without accents and with σ for ς; a stem of one letter tells nothing.
    expect(stems("Και το της αυτός είναι εκλογές", "el")).toEqual(stems("εκλογές", "el"));
  });

  test("an apostrophe elides a word only where the language elides: French, not Ukrainian", () => {
    expect(stems("L'élection", "fr")).toEqual(stems("élection", "fr"));
    expect(stems("п'ять", "uk")).not.toEqual(stems("пам'ять", "uk"));
    expect(stems("комп'ютер", "uk")).toEqual(stems("компютер", "uk"));
  });

  test.each([
    ["ar", "قال الوزير إن الحكومة لم ترفع أسعار الوقود في هذا العام على الإطلاق.", "انتشرت صورة لطائرة تحطمت في هذا المطار على الحدود."],
    ["uk", "Уряд заявив, що ціни на пальне не зростали цього року, але це не так.", "Лікарі кажуть, що вакцина не працює, але це не так."],
  ])("two unrelated %s claims sharing only such words are never a strong match", (language, archived, query) => {
    const [match] = new ClaimMatcher([{ id: "archived", claim: archived, language }]).match(query, { language });
    expect(match?.strength ?? "none").not.toBe("strong");
  });
});

describe("a match across languages", () => {
  const archive: ArchiveEntry[] = [
    { id: "putin-en", claim: "Vladimir Putin won 87 percent of the vote in March 2024.", language: "en" },
    { id: "putin-es", claim: "Putin ganó las elecciones de marzo de 2024 con el 87 % de los votos.", language: "es" },
  ];

  test("is never strong on shared names and numbers alone: a Spanish claim and an English fact-check sharing only Putin and 2024", () => {
    const english = new ClaimMatcher(archive.filter((entry) => entry.id === "putin-en"));
    const [match] = english.match("Putin ganó en 2024.", { language: "es" });
    expect(match).toMatchObject({ id: "putin-en", strength: "possible", sharedTerms: ["Putin", "2024"] });
    expect(match?.reason).toEqual({ numbers: ["2024"], names: ["Putin"], words: [] });
    // The same words with the claim's language unknown are read as one language, and called strong as before.
    expect(english.match("Putin ganó en 2024.", { language: null })[0]?.strength).toBe("strong");
  });

  test("the same claim in the same language still is: Spanish with Spanish, English with English", () => {
    const matcher = new ClaimMatcher(archive);
    expect(matcher.match("Putin ganó las elecciones de 2024 con el 87 por ciento de los votos.", { language: "es" })[0]).toMatchObject({
      id: "putin-es",
      strength: "strong",
    });
    expect(matcher.match("Putin won in 2024.", { language: "en" })[0]).toMatchObject({ id: "putin-en", strength: "strong" });
    // A region in the tag is the same language.
    expect(matcher.match("Putin won in 2024.", { language: "en-US" })[0]?.strength).toBe("strong");
  });
});
