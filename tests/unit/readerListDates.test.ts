import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { CorrectionList } from "@/components/reader/CorrectionList";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { VersionHistory } from "@/components/reader/VersionHistory";
import { CATALOGS } from "@/messages/catalogs";

// Public lists write their days as the page's language does, through Intl ("6 de diciembre de 2026"), not as
// 2026-12-06 in a Spanish or Arabic sentence; the <time> element keeps the exact moment for machines.

const WHEN = new Date("2026-12-06T21:15:00Z");

function render(locale: "es" | "ar" | "en", element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages: CATALOGS[locale], timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, element),
  );
}

test("the corrections page, the version history and a retraction's notice write the day in the page's language", () => {
  const corrections = createElement(CorrectionList, {
    corrections: [{ kind: "correction", slug: "paro", title: "Paro", language: "es", number: 2, publishedAt: WHEN, changeNote: "Cifra corregida.", retracted: false }],
  });
  const history = createElement(VersionHistory, {
    slug: "paro",
    latestNumber: 2,
    versions: [{ number: 2, title: "Paro", publishedAt: WHEN, changeNote: "Cifra corregida.", isCorrection: true }],
  });
  const notice = createElement(RetractedNotice, { title: "Paro", language: "es", version: 2, retractedAt: WHEN, reason: "Fuente retirada." });
  for (const element of [corrections, history, notice]) {
    const html = render("es", element);
    expect(html).toContain(`<time dateTime="${WHEN.toISOString()}">6 de diciembre de 2026</time>`);
    expect(html).not.toContain("2026-12-06<");
  }
  expect(render("en", corrections)).toContain(">6 December 2026</time>");
  expect(render("ar", corrections)).not.toContain(">2026-12-06</time>");
});
