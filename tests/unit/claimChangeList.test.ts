import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ClaimChangeList } from "@/components/reader/ClaimChangeList";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import type { ClaimChange } from "@/lib/domain/snapshotDiff";
import { CATALOGS } from "@/messages/catalogs";

const claim: PublishedClaim = {
  id: "c1",
  start: 0,
  end: 10,
  quote: "Unemployment fell",
  statement: "Unemployment fell to 3.2 percent.",
  claimant: "The mayor",
  verdict: { label: "False", description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
  explanation: "It rose.",
  sources: [],
  reviewedAt: "2026-01-01T00:00:00.000Z",
};

const text = (locale: keyof typeof CATALOGS, changes: ClaimChange[]) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: CATALOGS[locale], timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ClaimChangeList, { changes, from: 2 }),
    ),
  ).replace(/<[^>]+>/g, "");

describe("the claims a comparison lists", () => {
  test("a claim an earlier version published, left out of the older one, is published again; another is added", () => {
    expect(text("en", [{ kind: "added", claim, publishedBefore: true }])).toBe(
      "Claim published again: “Unemployment fell to 3.2 percent.”, rated False. An earlier version published it; version 2 left it out.",
    );
    expect(text("en", [{ kind: "added", claim }])).toBe("Claim added: “Unemployment fell to 3.2 percent.”, rated False");
    expect(text("es", [{ kind: "added", claim, publishedBefore: true }])).toMatch(/^Afirmación publicada de nuevo:.*la versión 2 la dejó fuera\.$/);
  });

  test("a verdict the scale renamed says the rating did not change; a verdict changed for another says it changed", () => {
    const before = { ...claim, verdict: { ...claim.verdict, lineageId: "l-false", truthRank: 1 } };
    const renamed = { ...before, verdict: { ...before.verdict, label: "Incorrect" } };
    const rerated = { ...before, verdict: { ...before.verdict, label: "Misleading", lineageId: "l-misleading", truthRank: 2 } };
    const change = (after: PublishedClaim): ClaimChange => ({ kind: "changed", before, after, verdict: true, explanation: false, statement: false, sources: false, words: false, claimant: false });
    expect(text("en", [change(renamed)])).toContain("The rating scale renamed the verdict False: it is now called Incorrect. The rating did not change.");
    expect(text("en", [change(rerated)])).toContain("Verdict changed from False to Misleading.");
    expect(text("uk", [change(renamed)])).toContain("Оцінка не змінилася.");
  });

  test("a verdict the scale moved is said so also against a version published before lineages were recorded", () => {
    // Version 1 (no lineageId) said "Mostly true" at 4 of 5; a verdict added above makes it 4 of 6 in version 2.
    const before = { ...claim, verdict: { ...claim.verdict, label: "Mostly true", truthRank: 4, bestTruthRank: 5 } };
    const after = { ...claim, verdict: { ...before.verdict, lineageId: "l-mostly-true", bestTruthRank: 6 } };
    const told = text("en", [{ kind: "changed", before, after, verdict: true, explanation: false, statement: false, sources: false, words: false, claimant: false }]);
    expect(told).toContain("The rating scale changed where Mostly true stands on its truth scale");
    expect(told).not.toContain("Verdict changed from Mostly true to Mostly true");
  });
});
