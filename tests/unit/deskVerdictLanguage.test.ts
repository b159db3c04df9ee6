import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ClaimQueueTable } from "@/components/desk/lists/ClaimQueueTable";
import { ClaimList } from "@/components/desk/workspace/ClaimList";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import type { QueueClaim } from "@/lib/services/claims/claimQueueDto";
import { CATALOGS } from "@/messages/catalogs";

// A Spanish newsroom keeping the default (English) rating scale: the desk's lists show "False" in a Spanish page, and
// a screen reader should read it with English sounds, as the review form's and the filter's choices already are.

const spanish = (element: ReactElement) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale: "es", messages: CATALOGS.es, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, element),
  );

const queued = (over: Partial<QueueClaim>): QueueClaim => ({
  id: "c1",
  articleId: "a1",
  articleTitle: "El paro juvenil",
  number: 1,
  statement: "El paro juvenil bajó al 24,1 %.",
  status: "needs_signoff",
  verdictLabel: "False",
  verdictColour: "#b91c1c",
  verdictLanguage: "en",
  reviewerId: null,
  reviewerName: null,
  dueOn: null,
  dueInDays: null,
  overdue: false,
  version: 1,
  ...over,
});

const inWorkspace = (over: Partial<WorkspaceClaim>): WorkspaceClaim => ({
  id: "c1",
  articleId: "a1",
  number: 1,
  start: 0,
  end: 10,
  quote: "El paro juvenil bajó",
  anchorState: "ok",
  statement: "El paro juvenil bajó al 24,1 %.",
  claimant: "",
  claimantType: null,
  appearanceUrl: null,
  checkWorthiness: null,
  status: "needs_signoff",
  verdictId: "v1",
  reviewerId: null,
  dueOn: null,
  submittedBy: null,
  pendingAuthors: [],
  dismissedReason: null,
  publicExplanation: "",
  version: 1,
  reviewerName: null,
  verdictLabel: "False",
  verdictColour: "#b91c1c",
  verdictLanguage: "en",
  sources: [],
  ...over,
});

describe("a verdict's label on a Spanish desk keeps its scale's language", () => {
  test("in the desk's claim lists and My claims", () => {
    const html = spanish(createElement(ClaimQueueTable, { claims: [queued({})], caption: "Afirmaciones" }));
    expect(html).toContain('<span lang="en" dir="ltr">False</span>');
    const translated = spanish(createElement(ClaimQueueTable, { claims: [queued({ verdictLabel: "Falso", verdictLanguage: "es" })], caption: "Afirmaciones" }));
    expect(translated).toContain('<span lang="es" dir="ltr">Falso</span>');
  });

  test("in the workspace's claim list", () => {
    const html = spanish(
      createElement(ClaimList, { claims: [inWorkspace({})], selectedId: null, canCreate: true, suggests: false, onSelect: () => {}, onOpen: () => {} }),
    );
    expect(html).toContain('<span lang="en" dir="ltr">False</span>');
  });
});

test("the workspace's claim-list choices may shrink to a phone's panel: Spanish's longest is \"Señaladas (texto cambiado o huérfanas)\"", () => {
  const html = spanish(
    createElement(ClaimList, { claims: [inWorkspace({})], selectedId: null, canCreate: true, suggests: false, onSelect: () => {}, onOpen: () => {} }),
  );
  expect(html).toContain("Señaladas (texto cambiado o huérfanas)");
  const selects = [...html.matchAll(/<div class="([^"]*)"><label[^>]*>[^<]*<\/label><select[^>]*class="([^"]*)"/g)];
  expect(selects).toHaveLength(2);
  for (const [, row, select] of selects) {
    expect(row!.split(" ")).toEqual(expect.arrayContaining(["min-w-0", "max-w-full"]));
    expect(select!.split(" ")).toContain("min-w-0");
  }
});
