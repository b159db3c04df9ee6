import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChangeNote } from "@/components/reader/ChangeNote";
import { FIRST_PUBLISHED_NOTE, isDefaultFirstNote } from "@/lib/domain/changeNotes";
import { CATALOGS } from "@/messages/catalogs";

const shown = (locale: keyof typeof CATALOGS, number: number, note: string) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: CATALOGS[locale], timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ChangeNote, { number, note }),
    ),
  );

describe("a version's change note", () => {
  test("a first version's default note is said in the reader's language; an editor's note is shown as written", () => {
    expect(isDefaultFirstNote(1, FIRST_PUBLISHED_NOTE)).toBe(true);
    expect(isDefaultFirstNote(2, FIRST_PUBLISHED_NOTE)).toBe(false);
    expect(shown("es", 1, FIRST_PUBLISHED_NOTE)).toBe("Primera publicación.");
    expect(shown("uk", 1, "")).toBe("Перша публікація.");
    expect(shown("es", 1, "Publicado tras verificar las cifras.")).toBe("Publicado tras verificar las cifras.");
    expect(shown("es", 2, FIRST_PUBLISHED_NOTE)).toBe(FIRST_PUBLISHED_NOTE);
  });
});
