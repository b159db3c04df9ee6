import { describe, expect, test } from "vitest";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { dateReviews } from "@/lib/domain/reviewDates";

const claim = (id: string, label = "False", over: Partial<PublishedClaim> = {}): PublishedClaim => ({
  id,
  start: 0,
  end: 5,
  quote: "Crime",
  statement: `Claim ${id}.`,
  claimant: "",
  verdict: { label, description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
  explanation: "Because.",
  sources: [],
  reviewedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));
const iso = (day: number) => at(day).toISOString();
const datesOf = (claims: PublishedClaim[]) => claims.map((c) => [c.id, c.firstPublishedAt, c.modifiedAt]);

describe("dateReviews", () => {
  test("a first version dates every review now, with no modified date", () => {
    expect(datesOf(dateReviews([], [claim("a"), claim("b")], at(1)))).toEqual([
      ["a", iso(1), undefined],
      ["b", iso(1), undefined],
    ]);
  });

  test("versions published before dates were recorded are read from their history, oldest first whatever the order given", () => {
    const history = [
      { publishedAt: at(3), claims: [claim("a", "True"), claim("b")] },
      { publishedAt: at(1), claims: [claim("a")] },
    ];
    expect(datesOf(dateReviews(history, [claim("a", "True"), claim("b"), claim("c")], at(5)))).toEqual([
      ["a", iso(1), iso(3)],
      ["b", iso(3), undefined],
      ["c", iso(5), undefined],
    ]);
  });

  test("a changed explanation or statement is a change; a changed quote span or reviewer is not; recorded dates are kept", () => {
    const v1 = dateReviews([], [claim("a"), claim("b"), claim("c")], at(1));
    const next = [claim("a", "False", { explanation: "Better reasons." }), claim("b", "False", { statement: "Claim b, reworded." }), claim("c", "False", { start: 2, reviewerName: "Rita" })];
    const v2 = dateReviews([{ publishedAt: at(1), claims: v1 }], next, at(2));
    expect(datesOf(v2)).toEqual([
      ["a", iso(1), iso(2)],
      ["b", iso(1), iso(2)],
      ["c", iso(1), undefined],
    ]);
    // Dates a claim brings with it are not trusted: they are worked out again from the history.
    const forged = dateReviews([{ publishedAt: at(1), claims: v1 }], [claim("c", "False", { firstPublishedAt: iso(9), modifiedAt: iso(9) })], at(3));
    expect(datesOf(forged)).toEqual([["c", iso(1), undefined]]);
  });

  test("a review left out of a version and published again keeps its first date, and is compared with its last published form", () => {
    const history = [
      { publishedAt: at(1), claims: dateReviews([], [claim("a")], at(1)) },
      { publishedAt: at(2), claims: [] },
    ];
    expect(datesOf(dateReviews(history, [claim("a")], at(3)))).toEqual([["a", iso(1), undefined]]);
    expect(datesOf(dateReviews(history, [claim("a", "True")], at(3)))).toEqual([["a", iso(1), iso(3)]]);
  });

  test("the verdict's words in the article's new language are no change; its new place on the truth scale is", () => {
    const rated = (label: string, truthRank: number, language?: string) => ({ verdict: { label, description: "", colour: "#b91c1c", position: 1, scaleSize: 5, lineageId: "l1", truthRank, ...(language ? { language } : {}) } });
    const history = [{ publishedAt: at(1), claims: dateReviews([], [claim("a", "False", rated("False", 1))], at(1)), language: "en" }];
    expect(datesOf(dateReviews(history, [claim("a", "Falso", rated("Falso", 1, "es"))], at(2), "es"))).toEqual([["a", iso(1), undefined]]);
    expect(datesOf(dateReviews(history, [claim("a", "False", rated("False", 2))], at(2), "en"))).toEqual([["a", iso(1), iso(2)]]);
    // Renamed by the scale, with no translation for the article's new language: its words changed, in the same language.
    expect(datesOf(dateReviews(history, [claim("a", "Incorrect", rated("Incorrect", 1))], at(2), "fa"))).toEqual([["a", iso(1), iso(2)]]);
  });
});
