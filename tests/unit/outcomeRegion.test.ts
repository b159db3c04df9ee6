import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { expect, test } from "vitest";
import { reloadCanMend } from "@/components/desk/workspace/outcome";
import { OutcomeRegion, type Outcome } from "@/components/desk/workspace/OutcomeRegion";
import { CATALOGS } from "@/messages/catalogs";

// The region's reload button asks the app router to refresh: a router that does nothing stands in for it.
const router = { refresh: () => {} } as unknown as ComponentProps<typeof AppRouterContext.Provider>["value"];

const shown = (outcome: Outcome) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: CATALOGS.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(AppRouterContext.Provider, { value: router }, createElement(OutcomeRegion, { outcome, onDismiss: () => {} })),
    ),
  );

test("a failure offers to reload the article, unless reloading cannot mend it (input refused beside its field)", () => {
  expect(shown({ tone: "error", text: "Someone else changed this claim.", n: 1 })).toContain("Reload the article");
  expect(shown({ tone: "error", text: "That due date is in the past.", reload: false, n: 2 })).not.toContain("Reload the article");
});

test("reloading mends a conflict or a lost connection, not input refused beside its field", () => {
  expect(reloadCanMend({})).toBe(true);
  expect(reloadCanMend({ fieldErrors: {} })).toBe(true);
  expect(reloadCanMend({ fieldErrors: { dueOn: "That due date is in the past." } })).toBe(false);
});
