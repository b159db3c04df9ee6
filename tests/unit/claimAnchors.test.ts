import { describe, expect, test } from "vitest";
import { claimAddresses, claimAnchor, claimAt, claimFragments, keepLegacyNumbers, legacyNumbers } from "@/lib/domain/claimAnchors";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";

const BODY = "Alpha one. Beta two. Gamma three. Delta four.";
const ID = { alpha: "aaaa1111-0000-4000-8000-000000000001", beta: "bbbb2222-0000-4000-8000-000000000002", gamma: "cccc3333-0000-4000-8000-000000000003", delta: "dddd4444-0000-4000-8000-000000000004" };

function claim(quote: string, id: string, number: number): PublishedClaim {
  const start = BODY.indexOf(quote);
  return {
    id,
    number,
    start,
    end: start + quote.length,
    quote,
    statement: quote,
    claimant: "",
    verdict: { label: "False", description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
    explanation: "",
    sources: [],
    reviewedAt: "2026-01-01T00:00:00.000Z",
  };
}

const snapshot = (claims: PublishedClaim[], numbering?: "reading"): PublishedSnapshot => ({
  title: "T",
  body: BODY,
  source: { outlet: null, url: null, author: null, publishedOn: null },
  claims,
  ...(numbering ? { numbering } : {}),
});

describe("a claim's anchor", () => {
  test("comes from its id, so it is the same in every version", () => {
    expect(claimAnchor(ID.alpha)).toBe("claim-aaaa1111");
    expect(claimAnchor(ID.alpha.toUpperCase())).toBe("claim-aaaa1111");
  });
});

describe("numbers of links made before readers' numbers followed reading order", () => {
  // Version 1 (before): the desk numbered Gamma 3 and Beta 6 (claims 1, 2, 4, 5 were never published).
  const before = snapshot([claim("Beta two.", ID.beta, 6), claim("Gamma three.", ID.gamma, 3)]);

  test("are the desk's numbers an old version showed", () => {
    expect(legacyNumbers(before)).toEqual(new Map([[ID.beta, 6], [ID.gamma, 3]]));
  });

  test("are kept by the next versions, for those claims only, and never twice", () => {
    const next = keepLegacyNumbers(snapshot([claim("Alpha one.", ID.alpha, 8), claim("Beta two.", ID.beta, 6), claim("Gamma three.", ID.gamma, 3)]), [before]);
    expect(next.numbering).toBe("reading");
    expect(next.claims.map((c) => c.legacyNumber)).toEqual([undefined, 6, 3]);
    // Carried on from a version that already kept them.
    const third = keepLegacyNumbers(snapshot([claim("Gamma three.", ID.gamma, 3), claim("Delta four.", ID.delta, 6)]), [next, before]);
    expect(third.claims.map((c) => c.legacyNumber)).toEqual([3, undefined]);
    expect(legacyNumbers(third)).toEqual(new Map([[ID.gamma, 3]]));
  });

  test("are none for an article first published in reading order", () => {
    const first = keepLegacyNumbers(snapshot([claim("Beta two.", ID.beta, 6)]), []);
    expect(first.claims[0]!.legacyNumber).toBeUndefined();
    expect(legacyNumbers(first).size).toBe(0);
  });
});

describe("the claim a fragment names", () => {
  const next = keepLegacyNumbers(snapshot([claim("Alpha one.", ID.alpha, 8), claim("Beta two.", ID.beta, 6), claim("Gamma three.", ID.gamma, 3)]), [
    snapshot([claim("Beta two.", ID.beta, 6), claim("Gamma three.", ID.gamma, 3)]),
  ]);
  const addresses = claimAddresses(next);
  const at = (fragment: string) => claimAt(addresses, fragment)?.id ?? null;

  test("its anchor or full id", () => {
    expect(addresses.map((a) => [a.anchor, a.number])).toEqual([
      ["claim-aaaa1111", 1],
      ["claim-bbbb2222", 2],
      ["claim-cccc3333", 3],
    ]);
    expect(at("claim-bbbb2222")).toBe(ID.beta);
    expect(at(`claim-${ID.gamma}`)).toBe(ID.gamma);
  });

  test("an old link's number reaches the claim it named then, before the number readers see now", () => {
    expect(at("claim-6")).toBe(ID.beta);
    // Claim 3 of old links is Gamma, also claim 3 now; claim 1 and 2 are the reading order's.
    expect(at("claim-3")).toBe(ID.gamma);
    expect(at("claim-1")).toBe(ID.alpha);
    expect(at("claim-2")).toBe(ID.beta);
  });

  test("nothing for anything else", () => {
    for (const fragment of ["claim-4", "claim-0", "claim-eeee5555", "main", "claim-"]) expect(at(fragment)).toBeNull();
  });

  test("the page's script resolves every fragment as claimAt does, and nothing else", () => {
    const fragments = claimFragments(addresses);
    const asked = [...addresses.flatMap((a) => [a.anchor, `claim-${a.id}`]), ...Array.from({ length: 9 }, (_, n) => `claim-${n}`), "main", "claim-"];
    for (const fragment of asked) expect(fragments[fragment] ?? null, fragment).toBe(claimAt(addresses, fragment)?.anchor ?? null);
    expect(fragments["claim-6"]).toBe("claim-bbbb2222");
    expect(fragments["claim-3"]).toBe("claim-cccc3333");
  });
});
