import { describe, expect, test } from "vitest";
import { type ArchiveEntry, ClaimMatcher } from "@/lib/domain/claimMatching";
import { analyseText, cleanPostText } from "@/lib/domain/claimMatching/matchText";

// A small archive with near neighbours: same topic, different numbers, different people.
const ARCHIVE: ArchiveEntry[] = [
  {
    id: "guantanamo-122",
    claim: "122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.",
    title: "Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?",
  },
  {
    id: "guantanamo-closing",
    claim: "President Obama signed an order to close the detention camp at Guantanamo Bay within a year.",
    title: "Obama Orders Guantanamo Closed",
  },
  {
    id: "omar-iran",
    claim: "In January 2020, U.S. Rep. Ilhan Omar advised Iran to attack Trump-branded hotels in the world, thus committing treason.",
    title: "No, U.S. Rep. Ilhan Omar Didn’t Give ‘Treasonous’ Military Advice to Iran",
  },
  {
    id: "tlaib-iran",
    claim: "U.S. Rep. Rashida Tlaib said Iran was right to attack American military bases in January 2020.",
    title: "Did Rashida Tlaib Say Iran Was Right to Attack U.S. Bases?",
  },
  {
    id: "charlotte-70",
    claim: "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
    title: "70% of Arrested Charlotte Protesters Are Out-of-State Criminals",
  },
  {
    id: "charlotte-looting",
    claim: "Protesters in Charlotte looted a Walmart during the riots.",
    title: "Charlotte Protesters Loot Walmart?",
  },
  {
    id: "wall-climbed",
    claim: "Images showed people easily climbing the border fence that President Trump said can't be climbed.",
    title: "Did Viral Images Show People Climbing a Border Fence That Trump Said ‘Can’t Be Climbed’?",
  },
  {
    id: "wall-graves",
    claim: "The graves of some U.S. veterans will be dug up to build part of President Trump's border wall.",
    title: "Will Graves of US Veterans Be Dug Up for Trump’s Border Wall?",
  },
  { id: "no-title", claim: "Drinking bleach cures the coronavirus.", title: "" },
];

const ids = (matcher: ClaimMatcher, text: string, top = 5) => matcher.match(text, { top }).map((m) => m.id);

describe("ClaimMatcher ranking", () => {
  const matcher = new ClaimMatcher(ARCHIVE);

  test("a paraphrase ranks above a topical neighbour", () => {
    const ranked = ids(matcher, "Mexicans are climbing Trump's border fence in seconds, the one he said nobody could climb #BuildTheWall");
    expect(ranked[0]).toBe("wall-climbed");
    expect(ranked).toContain("wall-graves");
    expect(ranked.indexOf("wall-graves")).toBeGreaterThan(0);
  });

  test("names matter: the same story about another person ranks below", () => {
    const ranked = ids(matcher, "Ilhan Omar told Iran to hit Trump hotels. This is treason! — Some Account (@someaccount) January 6, 2020");
    expect(ranked[0]).toBe("omar-iran");
    expect(ranked.indexOf("tlaib-iran")).toBeGreaterThan(0);
  });

  test("numbers matter, however they are written", () => {
    expect(ids(matcher, "Obama released 122 Gitmo prisoners from Guantanamo who went back to terrorism")[0]).toBe("guantanamo-122");
    expect(ids(matcher, "Seventy percent... no: 70 percent of those arrested in #CharlotteProtests were from out of state")[0]).toBe(
      "charlotte-70",
    );
    expect(ids(matcher, "70 per cent of the Charlotte arrests had IDs from other states")[0]).toBe("charlotte-70");
  });

  test("each match says which of the entry's words it shares, as the entry writes them", () => {
    const [first] = matcher.match("Rashida Tlaib: Iran right to attack bases");
    expect(first?.id).toBe("tlaib-iran");
    expect(first?.sharedTerms).toEqual(expect.arrayContaining(["Rashida", "Tlaib", "Iran", "attack", "bases"]));
    expect(first?.sharedTerms).not.toContain("military");
  });

  test("results are best first, at most `top`, and empty when no word is shared", () => {
    const matches = matcher.match("President Obama Guantanamo Trump Iran Charlotte", { top: 3 });
    expect(matches).toHaveLength(3);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect(matcher.match("zzz qqq")).toEqual([]);
    expect(matcher.match("   ")).toEqual([]);
    expect(new ClaimMatcher([]).match("Obama")).toEqual([]);
  });
});

describe("ClaimMatcher keeps up with the archive", () => {
  const query = "Drinking bleach does not cure coronavirus, says the WHO";

  test("an added entry can be found; a removed one cannot", () => {
    const matcher = new ClaimMatcher(ARCHIVE.filter((e) => e.id !== "no-title"));
    expect(ids(matcher, query)).not.toContain("no-title");
    matcher.add({ id: "no-title", claim: "Drinking bleach cures the coronavirus." });
    expect(matcher.size).toBe(ARCHIVE.length);
    expect(ids(matcher, query)[0]).toBe("no-title");
    expect(matcher.remove("no-title")).toBe(true);
    expect(matcher.remove("no-title")).toBe(false);
    expect(matcher.has("no-title")).toBe(false);
    expect(ids(matcher, query)).not.toContain("no-title");
  });

  test("adding an id again replaces the entry (an edited claim)", () => {
    const matcher = new ClaimMatcher(ARCHIVE);
    matcher.add({ id: "no-title", claim: "Gargling salt water protects against the flu." });
    expect(matcher.size).toBe(ARCHIVE.length);
    expect(ids(matcher, query)).not.toContain("no-title");
    expect(ids(matcher, "salt water gargle flu")[0]).toBe("no-title");
  });

  test("after adds and removes, scores equal those of an index built fresh (statistics stay exact)", () => {
    const churned = new ClaimMatcher(ARCHIVE);
    const extra = ARCHIVE.map((e) => ({ ...e, id: `${e.id}-copy`, claim: `${e.claim} Copy.` }));
    for (const entry of extra) churned.add(entry);
    for (const entry of extra) churned.remove(entry.id);
    churned.remove("charlotte-70");
    churned.add(ARCHIVE[4] as ArchiveEntry);
    const fresh = new ClaimMatcher(ARCHIVE);
    for (const text of [query, "Ilhan Omar Iran hotels", "70% arrested Charlotte", "Trump wall climbed"]) {
      const a = churned.match(text, { top: 9 });
      const b = fresh.match(text, { top: 9 });
      expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id));
      a.forEach((m, i) => expect(m.score).toBeCloseTo(b[i]?.score ?? Number.NaN, 9));
    }
  });
});

describe("match text analysis", () => {
  test("links go; hashtags and handles become words; the embed trailer's name and date stay", () => {
    const cleaned = cleanPostText("Wow #DefundTheCBChttps://t.co/CsHG8R9cHp pic.twitter.com/abc — Brad (@BradTrostCPC) December 26, 2019");
    expect(cleaned).not.toMatch(/t\.co|pic\.twitter/);
    expect(cleaned).toMatch(/Defund The CBC/);
    expect(cleaned).toMatch(/Brad Trost CPC/);
    expect(cleaned).toMatch(/December 26, 2019/);
  });

  test("stems, stop words, numbers and capitalised names", () => {
    const tokens = analyseText("The protesters were arrested; 1,000 of them in Charlotte (70 per cent).");
    expect(tokens.map((t) => t.stem)).toEqual(["protest", "arrest", "#1000", "charlott", "#70", "percent"]);
    expect(tokens.find((t) => t.stem === "charlott")?.capitalised).toBe(true);
    expect(tokens.find((t) => t.stem === "protest")?.capitalised).toBe(false);
    expect(tokens.filter((t) => t.numeric).map((t) => t.surface)).toEqual(["1,000", "70"]);
  });
});
