import { describe, expect, test } from "vitest";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { openGraphLocale, regionalTag, writtenDay, writtenList } from "@/lib/domain/interfaceLocales";

describe("how each interface language writes for readers", () => {
  test("tells Open Graph the page's language and region", () => {
    expect(INTERFACE_LANGUAGES.map(openGraphLocale)).toEqual(["en_GB", "es_ES", "uk_UA", "ar_AR"]);
  });

  test("writes days the way its readers do, English the British way, in UTC whatever the server's zone", () => {
    const day = new Date("2026-03-04T23:30:00Z");
    expect(writtenDay(day, "en")).toBe("4 March 2026");
    expect(writtenDay(day, "es")).toBe("4 de marzo de 2026");
    expect(writtenDay(day, "uk")).toBe("4 березня 2026 р.");
    expect(writtenDay(day, "ar")).toContain("مارس");
  });

  test("lists names with its own conjunction, and counts without one in English", () => {
    expect(writtenList(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(writtenList(["A", "B"], "es")).toBe("A y B");
    expect(writtenList(["1 False", "2 True"], "en", "unit")).toBe("1 False, 2 True");
    expect(regionalTag("en")).toBe("en-GB");
  });
});
