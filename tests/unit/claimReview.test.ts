import { describe, expect, test } from "vitest";
import { buildClaimReviews, claimFragment, claimNumber, jsonForScript } from "@/lib/domain/claimReview";
import { reviewRatingOf } from "@/lib/domain/reviewRating";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";

const claim = (over: Partial<PublishedClaim> = {}): PublishedClaim => ({
  id: "c1a2b3c4-0000-4000-8000-000000000001",
  number: 4,
  start: 0,
  end: 5,
  quote: "Crime",
  statement: "Crime fell by half.",
  claimant: "Mayor Jane Doe",
  claimantType: "person",
  verdict: { label: "Mostly false", description: "", colour: "#c00", position: 2, scaleSize: 6, scaleVersion: 1, truthRank: 2, bestTruthRank: 5 },
  explanation: "It rose.",
  sources: [],
  reviewedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

const version = (claims: PublishedClaim[], source: PublishedSnapshot["source"] = { outlet: "Gazette", url: "https://gazette.example/crime", author: null, publishedOn: "2026-02-03" }) => ({
  slug: "crime-figures",
  publishedAt: new Date("2026-03-01T10:00:00Z"),
  source,
  claims,
});

const SITE = "https://factcheck.example.org";
const PUBLISHER = { name: "Example Checks", url: "https://checks.example.org/", language: "en" };

describe("buildClaimReviews", () => {
  test("a claim becomes a schema.org ClaimReview with every field search engines read", () => {
    const [review] = buildClaimReviews(SITE, PUBLISHER, version([claim()]));
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factcheck.example.org/articles/crime-figures#claim-c1a2b3c4",
      claimReviewed: "Crime fell by half.",
      inLanguage: "en",
      datePublished: "2026-03-01T10:00:00.000Z",
      author: { "@type": "Organization", name: "Example Checks", url: "https://checks.example.org/" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mayor Jane Doe" },
        datePublished: "2026-02-03",
        firstAppearance: { "@type": "CreativeWork", url: "https://gazette.example/crime", datePublished: "2026-02-03", publisher: { "@type": "Organization", name: "Gazette" } },
        appearance: [{ "@type": "CreativeWork", url: "https://gazette.example/crime", datePublished: "2026-02-03", publisher: { "@type": "Organization", name: "Gazette" } }],
      },
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
    });
  });

  test("a claim's url names its anchor, the same in every version, never its desk number; an organisation claimant is an Organization", () => {
    const second = claim({ id: "D2E3F4A5-0000-4000-8000-000000000002", number: 9, claimant: "Ministry of Health", claimantType: "organization" });
    const reviews = buildClaimReviews(SITE, PUBLISHER, version([claim(), second]));
    expect(reviews[1]!.url).toBe("https://factcheck.example.org/articles/crime-figures#claim-d2e3f4a5");
    expect(reviews[1]!.itemReviewed.author).toEqual({ "@type": "Organization", name: "Ministry of Health" });
    expect(claimFragment(second, 6)).toBe("claim-d2e3f4a5");
    // Readers' numbers are places in reading order.
    expect(claimNumber(second, 1)).toBe(2);
  });

  test("inLanguage is the language the review is written in: its words', else its verdict's (translated or the scale's own), else the newsroom's", () => {
    const inLanguage = (over: Partial<PublishedClaim>) => buildClaimReviews(SITE, PUBLISHER, version([claim(over)]))[0]!.inLanguage;
    // An English statement and explanation of a Spanish article, the scale's English label: English.
    expect(inLanguage({ statement: "The mayor said unemployment fell to 3.2 percent last year.", explanation: "The statistics office published a rate of 12.4 percent for the year." })).toBe("en");
    // The same newsroom writing about it in Spanish, with its English scale: Spanish.
    expect(inLanguage({ statement: "El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado.", explanation: "El instituto de estadística publica un paro del 12,4 por ciento para el año." })).toBe("es");
    // Words that do not tell: the newsroom's.
    expect(inLanguage({ statement: "3,2 %", explanation: "12,4 %" })).toBe("en");
    // Too few words to tell (12 are needed): "Hola mundo. No." alone reads as Portuguese.
    expect(inLanguage({ statement: "Hola mundo.", explanation: "No." })).toBe("en");
    // Words that do not tell, and a verdict translated into the article's language: that language.
    expect(inLanguage({ statement: "3,2 %", explanation: "12,4 %", verdict: { ...claim().verdict, label: "Mayormente falso", language: "es" } })).toBe("es");
    // English words with that translated verdict: English.
    expect(inLanguage({ statement: "The mayor said unemployment fell to 3.2 percent last year.", explanation: "The statistics office published a rate of 12.4 percent for the year.", verdict: { ...claim().verdict, label: "Mayormente falso", language: "es" } })).toBe("en");
    // Words that do not tell, in a Spanish newsroom: the scale's own words' language, as recorded when published.
    expect(inLanguage({ statement: "3,2 %", explanation: "12,4 %", newsroomLanguage: "es", verdict: { ...claim().verdict, scaleLanguage: "en" } })).toBe("en");
    expect(inLanguage({ statement: "3,2 %", explanation: "12,4 %", newsroomLanguage: "en", verdict: { ...claim().verdict, label: "Falso", scaleLanguage: "es" } })).toBe("es");
    // Published before the scale's language was recorded: the newsroom's, as then.
    expect(inLanguage({ statement: "3,2 %", explanation: "12,4 %", newsroomLanguage: "es" })).toBe("es");
  });

  test("what is unknown is left out rather than guessed; an organisation without a URL links to the site", () => {
    const [review] = buildClaimReviews(
      SITE,
      { name: "Example Checks", url: null, language: "en" },
      version([claim({ claimant: "  " })], { outlet: null, url: "javascript:alert(1)", author: null, publishedOn: null }),
    );
    expect(review!.itemReviewed).toEqual({ "@type": "Claim" });
    expect(review!.author.url).toBe("https://factcheck.example.org/");
    expect(review!.author).not.toHaveProperty("logo");
  });

  test("the organisation's logo goes with its name when it is a web address", () => {
    const reviews = (logoUrl: string) => buildClaimReviews(SITE, { name: "Example Checks", url: null, logoUrl, language: "en" }, version([claim({})]));
    expect(reviews("https://checks.example.org/logo.png")[0]!.author.logo).toBe("https://checks.example.org/logo.png");
    expect(reviews("javascript:alert(1)")[0]!.author).not.toHaveProperty("logo");
  });
});

describe("itemReviewed", () => {
  test("the claimant's type is what the desk said, never guessed from the name; the article's outlet is an Organization", () => {
    const typeOf = (over: Partial<PublishedClaim>) => buildClaimReviews(SITE, PUBLISHER, version([claim(over)]))[0]!.itemReviewed.author;
    // The Daily Wire read as a Person by the old word list; the desk said organisation.
    expect(typeOf({ claimant: "The Daily Wire", claimantType: "organization" })).toEqual({ "@type": "Organization", name: "The Daily Wire" });
    expect(typeOf({ claimant: "Kremlin spokesman", claimantType: "person" })).toEqual({ "@type": "Person", name: "Kremlin spokesman" });
    // Nobody said: the outlet of the article is an organisation; anyone else is named without a type.
    expect(typeOf({ claimant: " gazette ", claimantType: undefined })).toEqual({ "@type": "Organization", name: "gazette" });
    expect(typeOf({ claimant: "Ministry of Health", claimantType: null })).toEqual({ name: "Ministry of Health" });
  });

  test("a claim's own link is where it first appeared; the article is an appearance too, and the article's date is not the claim's", () => {
    const [review] = buildClaimReviews(SITE, PUBLISHER, version([claim({ appearanceUrl: "https://video.example/speech" })]));
    const article = { "@type": "CreativeWork", url: "https://gazette.example/crime", datePublished: "2026-02-03", publisher: { "@type": "Organization", name: "Gazette" } };
    expect(review!.itemReviewed.firstAppearance).toEqual({ "@type": "CreativeWork", url: "https://video.example/speech" });
    expect(review!.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", url: "https://video.example/speech" }, article]);
    expect(review!.itemReviewed).not.toHaveProperty("datePublished");
    // Its own link alone, when the article has no address; nothing when neither is a web address.
    const alone = buildClaimReviews(SITE, PUBLISHER, version([claim({ appearanceUrl: "https://video.example/speech" })], { outlet: null, url: null, author: null, publishedOn: null }))[0]!;
    expect(alone.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", url: "https://video.example/speech" }]);
    const none = buildClaimReviews(SITE, PUBLISHER, version([claim({ appearanceUrl: "javascript:alert(1)" })], { outlet: null, url: null, author: null, publishedOn: null }))[0]!;
    expect(none.itemReviewed).not.toHaveProperty("firstAppearance");
    expect(none.itemReviewed).not.toHaveProperty("appearance");
  });
});

describe("reviewRatingOf", () => {
  test("a verdict on the truth scale gets its place of the best; its place in the desk's order plays no part", () => {
    expect(reviewRatingOf({ label: "True", truthRank: 5, bestTruthRank: 5 })).toEqual({ "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1 });
  });

  test("a verdict that rates no truth, or a place not known or out of its scale, gets its name only", () => {
    for (const verdict of [
      { label: "Unproven", truthRank: null, bestTruthRank: 5 },
      { label: "Unproven" },
      { label: "Odd", truthRank: 6, bestTruthRank: 5 },
      { label: "Odd", truthRank: 0, bestTruthRank: 5 },
      { label: "Odd", truthRank: 2, bestTruthRank: null },
    ]) {
      expect(reviewRatingOf(verdict)).toEqual({ "@type": "Rating", alternateName: verdict.label });
    }
  });
});

describe("jsonForScript", () => {
  test("no text can close the script element, and the result is still the same JSON", () => {
    const value = { text: "</script><script>alert(1)</script> <!-- & \u2028\u2029 \"quoted\" Москва القاهرة" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain("Москва القاهرة");
    expect(JSON.parse(out)).toEqual(value);
  });
});
