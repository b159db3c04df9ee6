import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { DOC_PATH, documentedLimits, limitsTable, withTable } from "../../scripts/limits-doc";

// docs/deploy.md's "Limits" table is generated from lib/domain/limits.ts: a limit added, changed or renamed there
// without `npm run docs:limits` fails here.
describe("the limits table in docs/deploy.md", () => {
  test("is the one lib/domain/limits.ts generates", () => {
    const document = fs.readFileSync(DOC_PATH, "utf8");
    expect(withTable(document, limitsTable())).toBe(document);
  });

  test("shows every limit with its value and what it bounds", () => {
    const table = limitsTable();
    expect(table).toContain("| `FORM_BODY_BYTES` | 4 MB |");
    expect(table).toContain("| `MAX_ARTICLE_CHARACTERS` | 1,000,000 |");
    expect(table).toContain("| `API_PER_PAGE` | default 20, max 100 |");
    expect(table).toContain("| `SOURCE_READ_LEASE_MS` | 30 min |");
  });

  test("a limit without a doc comment is refused", () => {
    expect(() => documentedLimits("// ## Sizes\n\nexport const MAX_THINGS = 3;\n", null)).toThrow(/MAX_THINGS has no doc comment/);
    expect(documentedLimits("// ## Sizes\n\n/**\n * Things in a box.\n */\nexport const MAX_THINGS = 3;\n", null)).toEqual([
      { section: "Sizes", name: "MAX_THINGS", doc: "Things in a box." },
    ]);
  });
});
