import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { safeNextPath } from "@/lib/web/safeRedirect";

describe("slugify", () => {
  test.each([
    ["Russia Accuses Ukraine Of Trying To Assassinate Putin", "russia-accuses-ukraine-of-trying-to-assassinate-putin"],
    ["  Crème brûlée: 100% “true”?  ", "creme-brulee-100-true"],
    ["!!!", "article"],
    ["a".repeat(100), "a".repeat(80)],
  ])("%s → %s", (title, slug) => expect(slugify(title)).toBe(slug));

  test.each([
    ["Росія звинувачує Україну у підготовці «брудної бомби»", "uk", "rosiia-zvynuvachuie-ukrainu-u-pidhotovtsi-brudnoi-bomby"],
    ["Россия обвиняет Украину", "ru", "rossiya-obvinyaet-ukrainu"],
    ["Türkiye'de enflasyon yüzde 85", "tr", "turkiye-de-enflasyon-yuzde-85"],
    ["Η Ρωσία κατηγορεί την Ουκρανία", "el", "i-rosia-katigorei-tin-oykrania"],
    ["روسيا تتهم أوكرانيا", "ar", "rwsya-tthm-awkranya"],
    ["Straße über den Fluss", "de", "strasse-ueber-den-fluss"],
    ["中国经济增长", "zh", "article"],
  ])("a title in its language's letters is transliterated: %s (%s) → %s", (title, language, slug) => expect(slugify(title, language)).toBe(slug));

  // Ukraine's national transliteration (2010): я, ю, є, ї, й written one way at a word's start and another inside it,
  // зг as "zgh", щ as "shch", the apostrophe and the soft sign left out; as Ukrainian place names are spelt in Latin.
  test.each([
    ["Київ", "kyiv"],
    ["Яготин і Згурівка", "yahotyn-i-zghurivka"],
    ["Знам'янка, Подвір’я", "znamianka-podviria"],
    ["Юлія Йосипенко, Щастя", "yuliia-yosypenko-shchastia"],
    ["Їжак їсть у Ользі", "yizhak-yist-u-olzi"],
    ["Гідність і Ґанок", "hidnist-i-ganok"],
  ])("a Ukrainian title is written in the national transliteration: %s → %s", (title, slug) => expect(slugify(title, "uk")).toBe(slug));

  test("uniqueSlug adds the first free number", () => {
    expect(uniqueSlug("a", new Set())).toBe("a");
    expect(uniqueSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});

describe("safeNextPath", () => {
  test.each([
    ["/desk/articles/1", "/desk/articles/1"],
    ["https://evil.example", "/desk"],
    ["//evil.example", "/desk"],
    ["/\\evil.example", "/desk"],
    [undefined, "/desk"],
    [["/a"], "/desk"],
    ["/\t/evil.example/", "/desk"],
    ["/\n/evil.example/", "/desk"],
    ["/%09/evil.example/", "/%09/evil.example/"],
    ["/desk/articles/1?tab=claims#c2", "/desk/articles/1?tab=claims#c2"],
  ])("%s → %s", (next, expected) => expect(safeNextPath(next)).toBe(expected));

  // Every dot-segment form the security review found answering `Location: //evil.example…`.
  test.each([
    "/.//evil.example/phish",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/./\\evil.example",
    "/x/../../\\evil.example",
    "/.\t//evil.example",
    "/.\n//evil.example",
    "/./%5Cevil.example",
    "/.%2f/evil.example",
  ])("%s stays on the site", (next) => {
    const path = safeNextPath(next);
    expect(new URL(path, "https://newsroom.example/login").origin).toBe("https://newsroom.example");
    expect(path).not.toMatch(/^\/[/\\]/);
  });

  test("whatever the value, the answer is a path a browser resolves to the same site, and stays what it is", () => {
    const pathChars = fc.constantFrom("/", "\\", ".", "%2e", "%2E", "%2f", "%5c", "%5C", "\t", "\n", "\r", " ", "?", "#", ":", "@", "a", "evil.example", "%09", "%00", "\u3000", "\uff0f");
    const paths = fc.array(pathChars, { maxLength: 12 }).map((parts) => `/${parts.join("")}`);
    fc.assert(
      fc.property(fc.oneof(paths, fc.string()), (next) => {
        const path = safeNextPath(next);
        expect(path.startsWith("/")).toBe(true);
        expect(path).not.toMatch(/^\/[/\\]/);
        const landed = new URL(path, "https://newsroom.example/login");
        expect(landed.origin).toBe("https://newsroom.example");
        expect(safeNextPath(path)).toBe(path);
      }),
      { numRuns: 5000 },
    );
  });
});
