import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// At 390 px a table or a fieldset as wide as its longest words (Ukrainian's are long: "Двофакторний вхід") widened
// the whole page sideways, and a table's caption scrolled away with the table, cut mid-sentence.

const root = path.resolve(import.meta.dirname, "../..");
function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? files(relative) : entry.name.endsWith(".tsx") ? [relative] : [];
  });
}
const pages = ["app", "components"].flatMap((dir) => files(dir));
const source = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

test("every table scrolls sideways in a box of its own, never the page", () => {
  const withTables = pages.filter((file) => source(file).includes("<table"));
  expect(withTables.length).toBeGreaterThan(5);
  for (const file of withTables) expect(/<ScrollRegion\b|overflow-x-auto/.test(source(file)), file).toBe(true);
});

test("a table's caption is shown outside its sideways scroll (the caption itself only for screen readers)", () => {
  for (const file of pages) {
    for (const [caption] of source(file).matchAll(/<caption\b[^>]*>/g)) expect(caption, file).toContain("sr-only");
  }
});

test("a fieldset may shrink below its widest content (fieldsets are min-content wide by default)", () => {
  for (const file of pages) {
    for (const [fieldset] of source(file).matchAll(/<fieldset\b[^>]*>/g)) expect(fieldset, file).toContain("min-w-0");
  }
});

test("a grid with columns from a breakpoint has one shrinkable column below it, never one as wide as its widest content", () => {
  for (const file of pages) {
    for (const [, classes] of source(file).matchAll(/className="([^"]*)"/g)) {
      const names = classes!.split(/\s+/);
      if (names.includes("grid") && names.some((name) => /^(sm|md|lg|xl):grid-cols-/.test(name))) expect(names, `${file}: ${classes}`).toContain("grid-cols-1");
    }
  }
});
