import { describe, expect, test } from "vitest";
import { canonicalComparison } from "@/lib/web/addressParams";

// A comparison has one address, so that caches (keyed by the address) work each pair of versions out once.
describe("a comparison's one address", () => {
  test.each([
    ["1", "3", null],
    ["3", "1", "?from=1&to=3"],
    ["01", "3", "?from=1&to=3"],
    ["1.0", "3", "?from=1&to=3"],
    ["1e0", "0x3", "?from=1&to=3"],
    [" 1", "3", "?from=1&to=3"],
    [["1", "2"], "3", "?from=1&to=3"],
    ["2", "2", null],
  ])("from=%j to=%j → %s", (from, to, expected) => expect(canonicalComparison(from, to)).toBe(expected));

  test.each([
    ["1", undefined],
    ["0", "2"],
    ["1.5", "2"],
    ["-1", "2"],
    ["x", "2"],
  ])("from=%j to=%j is no comparison: left to the page, which finds none", (from, to) => expect(canonicalComparison(from, to)).toBeNull());
});
