import { expect, test } from "vitest";
import { catalogTranslator } from "@/lib/core/translator";

// Arabic counts take their noun in six forms (one, two, 3–10, 11–99, and 100 or 0): "2 دقيقة" or "5 ادعاء" reads wrong.
test("Arabic messages count claims, seconds and minutes in the noun's form for the number", () => {
  const t = catalogTranslator("ar", "errors");
  expect(t("tooManyAttemptsMinutes", { minutes: 2 })).toContain("بعد دقيقتين");
  expect(t("tooManyAttemptsMinutes", { minutes: 5 })).toContain("بعد 5 دقائق");
  expect(t("tooManyAttemptsMinutes", { minutes: 15 })).toContain("بعد 15 دقيقةً");
  expect(t("pageTooSlow", { seconds: 10 })).toContain("أكثر من 10 ثوانٍ");
  expect(t("verdictInUse", { label: "خطأ", count: 2, more: 0 })).toContain("(ادعاءان)");
  expect(t("verdictInUse", { label: "خطأ", count: 4, more: 0 })).toContain("(4 ادعاءات)");
  expect(t("verdictInUse", { label: "خطأ", count: 12, more: 0 })).toContain("(12 ادعاءً)");
});
