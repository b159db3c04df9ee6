import { describe, expect, test } from "vitest";
import { type ArchiveEntry, ClaimMatcher } from "@/lib/domain/claimMatching";
import { analyseText, sameClaimKey } from "@/lib/domain/claimMatching/matchText";

const stems = (text: string, language?: string | null) => analyseText(text, language).map((t) => t.stem);

describe("the matcher reads each text in its language", () => {
  test("English (and an unknown language) as before: Porter stems, English stop words", () => {
    expect(stems("The elections were postponed.", "en")).toEqual(["elect", "postpon"]);
    expect(stems("The elections were postponed.")).toEqual(stems("The elections were postponed.", "en-GB"));
  });

  test("another language keeps its words as written, without English stems, and drops its own stop words", () => {
    expect(stems("No, el gobierno no subió los impuestos en 2023.", "es")).toEqual(["gobierno", "subió", "impuestos", "#2023"]);
    // Porter would make "impuesto" of it, and the English list would keep "el", "los" and "en".
    expect(stems("No, el gobierno no subió los impuestos en 2023.")).toEqual(["el", "gobierno", "subió", "lo", "impuesto", "en", "#2023"]);
    expect(stems("Le taux de l'élection a baissé d'un point.", "fr")).toEqual(["taux", "élection", "baissé", "point"]);
  });

  test("by that language's rules: Turkish lower-cases İ to i and leaves a name's suffix off", () => {
    expect(stems("Seçim İstanbul'da yapıldı.", "tr")).toEqual(["seçim", "istanbul", "yapıldı"]);
    expect(sameClaimKey("Seçim İstanbul'da yapıldı.", "tr")).toBe(sameClaimKey("SEÇİM İSTANBUL'DA YAPILDI", "tr"));
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
