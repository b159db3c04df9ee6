import { describe, expect, test } from "vitest";
import { ARTICLE_LANGUAGES } from "@/lib/domain/languages";
import { primaryLanguage, TEXT_SEARCH_CONFIGS, textSearchConfig } from "@/lib/domain/textSearchConfig";

describe("the text-search configuration of a language", () => {
  test("a language with a Snowball configuration on both drivers gets it", () => {
    expect(textSearchConfig("en")).toBe("english");
    expect(textSearchConfig("es")).toBe("spanish");
    expect(textSearchConfig("ru")).toBe("russian");
    expect(textSearchConfig("ar")).toBe("arabic");
    expect(textSearchConfig("nl")).toBe("dutch");
    expect(textSearchConfig("tr")).toBe("turkish");
    expect(textSearchConfig("de")).toBe("german");
    expect(textSearchConfig("el")).toBe("greek");
    expect(textSearchConfig("no")).toBe("norwegian");
  });

  test("a BCP 47 tag is read by its language (pt-BR is Portuguese), in any case", () => {
    expect(textSearchConfig("pt-BR")).toBe("portuguese");
    expect(textSearchConfig("ES")).toBe("spanish");
    expect(textSearchConfig("nb-NO")).toBe("norwegian");
    expect(primaryLanguage("zh_Hant")).toBe("zh");
    expect(primaryLanguage("<en>")).toBeNull();
  });

  test("a language without one is matched word for word: Ukrainian, Estonian (Postgres 16 on), Chinese, unknown codes", () => {
    for (const code of ["uk", "et", "zh", "pl", "bg", "xx", "not a tag"]) expect(textSearchConfig(code), code).toBe("simple");
  });

  test("an unknown language is read as the site's, English, as every record was before they had a language", () => {
    expect(textSearchConfig(null)).toBe("english");
    expect(textSearchConfig(undefined)).toBe("english");
    expect(textSearchConfig("")).toBe("english");
  });

  test("every language an article can have maps to one of the configurations the drivers are checked for", () => {
    const configs = new Set(TEXT_SEARCH_CONFIGS);
    for (const code of ARTICLE_LANGUAGES) expect(configs.has(textSearchConfig(code)), code).toBe(true);
    expect(new Set(ARTICLE_LANGUAGES.map(textSearchConfig)).size).toBeGreaterThan(25);
  });
});
