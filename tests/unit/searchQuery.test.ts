import { describe, expect, test } from "vitest";
import { firstMatchPattern, inAnyOrder, restrictToWeights } from "@/lib/domain/searchQuery";

describe("restrictToWeights", () => {
  test("gives every lexeme the weights, excluded ones and phrases included", () => {
    expect(restrictToWeights("'unemploy' & !'riverton'", "A")).toBe("'unemploy':A & !'riverton':A");
    expect(restrictToWeights("'drone' <-> 'explod' | 'o''brien'", "AB")).toBe("'drone':AB <-> 'explod':AB | 'o''brien':AB");
  });
});

describe("firstMatchPattern", () => {
  test("looks for the query's stems at the start of a word, leaving excluded words out", () => {
    expect(firstMatchPattern("'unemploy' & !'riverton'")).toBe("\\m(?:unemploy)");
    expect(firstMatchPattern("'drone' <-> 'explod' | 'drone'")).toBe("\\m(?:drone|explod)");
  });

  test("escapes what is not a letter or digit, unescapes quotes, and lets a final i be a y", () => {
    expect(firstMatchPattern("'o''brien' & '3.2' & 'citi'")).toBe("\\m(?:o\\'brien|3\\.2|cit[iy])");
  });

  test("is null when there is nothing to look for", () => {
    expect(firstMatchPattern("!'mayor'")).toBeNull();
    expect(firstMatchPattern("")).toBeNull();
  });
});

describe("inAnyOrder", () => {
  test("makes every phrase's words plain conjuncts, and leaves the rest as it is", () => {
    expect(inAnyOrder("'unemploy' <-> 'fell' | 'drone'")).toBe("'unemploy' & 'fell' | 'drone'");
    expect(inAnyOrder("( 'a' <-> 'b' ) <2> 'c' & 'd'")).toBe("( 'a' & 'b' ) & 'c' & 'd'");
  });

  test("never changes what is inside a lexeme", () => {
    expect(inAnyOrder("'<->' <-> 'x<2>y' & 'o''brien'")).toBe("'<->' & 'x<2>y' & 'o''brien'");
  });
});
