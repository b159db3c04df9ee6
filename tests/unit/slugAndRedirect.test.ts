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
});
