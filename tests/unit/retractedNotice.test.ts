import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { CATALOGS } from "@/messages/catalogs";

test("a retraction's notice is where the feed's and the corrections page's #retraction-N lead while it is retracted", () => {
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: CATALOGS.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(RetractedNotice, { title: "Mayor's claims", language: "en", version: 3, retractedAt: new Date("2026-03-01T10:00:00Z"), reason: "The survey was withdrawn." }),
    ),
  );
  expect(html).toContain('id="retraction-3"');
  expect(html).toContain("The survey was withdrawn.");
});
