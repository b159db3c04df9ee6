import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// A screen reader lists a page's tables by name ("table, Enrolled members, 4 columns"): a table without a caption or
// an aria-label(ledby) is announced as "table" alone, and its scroll region's label does not name the table itself.

const root = path.resolve(import.meta.dirname, "../..");
function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? files(relative) : entry.name.endsWith(".tsx") ? [relative] : [];
  });
}

test("every table has an accessible name: its <caption>, or aria-label / aria-labelledby on the table", () => {
  const tables = ["app", "components"].flatMap((dir) =>
    files(dir).flatMap((file) => [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/<table\b[^>]*>([\s\S]*?)<(?:thead|tbody|tr)\b/g)].map((m) => ({ file, match: m[0] }))),
  );
  expect(tables.length).toBeGreaterThan(5);
  const unnamed = tables.filter(({ match }) => !/<caption\b|<table\b[^>]*\baria-label(?:ledby)?=/.test(match)).map(({ file }) => file);
  expect(unnamed).toEqual([]);
});
