import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { ClaimList } from "@/components/desk/workspace/ClaimList";
import { CATALOGS } from "@/messages/catalogs";

const empty = (suggests: boolean) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: CATALOGS.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ClaimList, { claims: [], selectedId: null, canCreate: true, suggests, onSelect: () => {}, onOpen: () => {} }),
    ),
  );

test("an empty claim list speaks of suggested sentences only where the article's language has them", () => {
  expect(empty(true)).toContain("Accept suggested sentences");
  expect(empty(false)).not.toContain("suggested");
  expect(empty(false)).toContain("Choose Select text to mark a claim in the text.");
});
