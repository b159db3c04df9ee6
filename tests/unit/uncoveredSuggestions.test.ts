import fc from "fast-check";
import { expect, test } from "vitest";
import { uncoveredSuggestions } from "@/lib/domain/uncoveredSuggestions";

test("drops suggestions overlapping a claim, keeps touching ones", () => {
  const suggestions = [{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 21, end: 30 }];
  expect(uncoveredSuggestions(suggestions, [{ start: 15, end: 16 }])).toEqual([{ start: 0, end: 10 }, { start: 21, end: 30 }]);
  expect(uncoveredSuggestions(suggestions, [{ start: 10, end: 11 }])).toEqual(suggestions);
  expect(uncoveredSuggestions(suggestions, [{ start: 0, end: 100 }])).toEqual([]);
});

test("agrees with the obvious quadratic check", () => {
  const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (suggestions, spans) => {
      const expected = suggestions
        .filter((s) => !spans.some((c) => c.start < s.end && c.end > s.start))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      expect(uncoveredSuggestions(suggestions, spans)).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
