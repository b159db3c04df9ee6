import { describe, expect, test } from "vitest";
import { publishedContentOf } from "@/lib/domain/publishable";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { diffSnapshots } from "@/lib/domain/snapshotDiff";

const claim = (over: Partial<PublishedClaim> = {}): PublishedClaim => ({
  id: "c1",
  number: 1,
  start: 0,
  end: 5,
  quote: "Crime",
  statement: "Crime fell.",
  claimant: "Mayor",
  verdict: { label: "False", description: "", colour: "#c00", position: 1, scaleSize: 5, scaleVersion: 1 },
  explanation: "It rose.",
  sources: [{ url: "https://stats.example/crime", title: "Crime statistics" }],
  reviewerName: "Rita",
  reviewedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

const snapshot = (claims: PublishedClaim[], over: Partial<PublishedSnapshot> = {}): PublishedSnapshot => ({
  title: "Crime",
  body: "Crime fell sharply.",
  source: { outlet: "Gazette", url: null, author: null, publishedOn: null },
  claims,
  ...over,
});

describe("diffSnapshots", () => {
  const falseVerdict = { ...claim().verdict, lineageId: "l-false", truthRank: 1 };
  test("the same verdict in the article's new language is no change of verdict, and neither before lineages were recorded", () => {
    const before = snapshot([claim({ verdict: falseVerdict })]);
    // A label translated into the article's language records it (nextSnapshot).
    const after = snapshot([claim({ verdict: { ...falseVerdict, label: "Falso", language: "es" } })], { language: "es" });
    expect(diffSnapshots(before, after)).toMatchObject({ languageChanged: true, claims: [] });
    const unrecorded = { ...falseVerdict, lineageId: undefined };
    expect(diffSnapshots(snapshot([claim({ verdict: unrecorded })]), snapshot([claim({ verdict: { ...unrecorded, label: "Falso", language: "es" } })], { language: "es" })).claims).toEqual([]);
  });

  test("a verdict the scale renamed is a change of verdict also in a version that changes the article's language", () => {
    const before = snapshot([claim({ verdict: falseVerdict })], { language: "ar" });
    const renamed = snapshot([claim({ verdict: { ...falseVerdict, label: "Incorrect" } })], { language: "fa" });
    expect(diffSnapshots(before, renamed).claims).toMatchObject([{ kind: "changed", verdict: true }]);
    const translatedBefore = snapshot([claim({ verdict: { ...falseVerdict, label: "Falso", language: "es" } })], { language: "es" });
    const renamedInSpanish = snapshot([claim({ verdict: { ...falseVerdict, label: "Incorrecto", language: "es" } })], { language: "es" });
    expect(diffSnapshots(translatedBefore, renamedInSpanish).claims).toMatchObject([{ kind: "changed", verdict: true }]);
  });

  test("another verdict, or the same name at another place on the truth scale, is a change of verdict", () => {
    const before = snapshot([claim({ verdict: falseVerdict })]);
    const renamedElsewhere = snapshot([claim({ verdict: { ...falseVerdict, lineageId: "l-other" } })]);
    const reranked = snapshot([claim({ verdict: { ...falseVerdict, truthRank: 2 } })]);
    const otherInSpanish = snapshot([claim({ verdict: { ...falseVerdict, label: "Engañoso", lineageId: "l-misleading" } })], { language: "es" });
    for (const after of [renamedElsewhere, reranked, otherInSpanish]) {
      expect(diffSnapshots(before, after).claims).toMatchObject([{ kind: "changed", verdict: true }]);
    }
  });

  test("the same content with its keys in another order (as jsonb returns it) is identical", () => {
    const before = snapshot([claim()]);
    const reordered = JSON.parse(JSON.stringify({ ...before, source: { url: null, author: null, outlet: "Gazette", publishedOn: null } }));
    reordered.claims[0].sources = [{ title: "Crime statistics", url: "https://stats.example/crime" }];
    expect(diffSnapshots(reordered, before)).toMatchObject({ identical: true, claims: [], sourceChanged: false });
  });

  test("names what changed: added, removed and changed claims, text, title and source", () => {
    const before = snapshot([claim(), claim({ id: "c2", number: 2 })]);
    const after = snapshot(
      [claim({ verdict: { ...claim().verdict, label: "Mostly false" }, sources: [] }), claim({ id: "c3", number: 3 })],
      { title: "Crime, corrected", body: "Crime fell sharply in 2024.", source: { ...before.source, author: "Ana" } },
    );
    const diff = diffSnapshots(before, after);
    expect(diff).toMatchObject({ identical: false, titleChanged: true, textChanged: true, sourceChanged: true });
    expect(diff.claims.map((c) => c.kind).sort()).toEqual(["added", "changed", "removed"]);
    expect(diff.claims.find((c) => c.kind === "changed")).toMatchObject({ verdict: true, sources: true, explanation: false, statement: false, words: false });
  });

  test("a first version is never identical to nothing", () => {
    expect(diffSnapshots(null, snapshot([]))).toMatchObject({ identical: false, sourceChanged: true });
  });
});

describe("publishedContentOf", () => {
  const base = { status: "signed_off", anchorState: "ok", quote: "Crime", verdictId: "v1", approved: null };
  test("signed off: its current content; under review again: what was approved, if its words are unchanged", () => {
    expect(publishedContentOf(base)).toBe("current");
    expect(publishedContentOf({ ...base, status: "in_progress", approved: { quote: "Crime" } })).toBe("approved");
    expect(publishedContentOf({ ...base, status: "in_progress", approved: { quote: "Crimes" } })).toBeNull();
    expect(publishedContentOf({ ...base, status: "in_progress" })).toBeNull();
  });
  test("dismissed or orphaned claims are never published", () => {
    expect(publishedContentOf({ ...base, status: "dismissed" })).toBeNull();
    expect(publishedContentOf({ ...base, anchorState: "orphaned" })).toBeNull();
  });
});
