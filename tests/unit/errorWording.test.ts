import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { inEnglish, words } from "@/lib/core/serviceWords";
import { translationProblems } from "@/lib/domain/verdictWords";
import { articleTitle } from "@/lib/services/articles/articleFields";
import { parseInput } from "@/lib/services/validation";
import { runAction } from "@/lib/web/actionResult";
import { parseClaimReviews } from "@/lib/domain/claimReviewImport";
import { inLanguage, wordedError, wordedSkips } from "@/lib/web/errorWording";
import es from "@/messages/es/errors.json";

// A service names its words; the edge says them in the reader's language, and the English stays the error's message.

function refusal(work: () => unknown): ValidationError {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("it was not refused");
}

describe("a service error in the reader's language", () => {
  test("pure code's words, a language among their values said by its name in the reader's language", () => {
    const problems = translationProblems([{ label: "False", description: "", translations: { es: { label: " ", description: "" } } }]);
    const error = new ValidationError(problems["verdicts.0.translations.es.label"]!, problems);
    expect(error.message).toBe("Give the verdict a name in Spanish, or remove the translation.");
    expect(wordedError(error, "es").fieldErrors).toEqual({ "verdicts.0.translations.es.label": "Dé un nombre al veredicto en español, o quite la traducción." });
  });

  test("a schema's own words: English message, Spanish form", () => {
    const error = refusal(() => parseInput(z.strictObject({ title: articleTitle }), { title: "  " }));
    expect(error.message).toBe("Enter a title.");
    expect(error.fieldErrors).toEqual({ title: "Enter a title." });
    expect(wordedError(error, "es")).toEqual({ error: es.enterTitle, fieldErrors: { title: es.enterTitle }, conflict: [] });
    expect(es.enterTitle).not.toBe("Enter a title.");
  });

  test("Zod's own words come in Zod's Spanish", () => {
    const error = refusal(() => parseInput(z.strictObject({ active: z.boolean() }), { active: "yes" }));
    expect(error.message).toBe("Invalid input: expected boolean, received string");
    expect(wordedError(error, "es").fieldErrors.active).toBe("Entrada inválida: se esperaba booleano, recibido texto");
  });

  test("a conflict's lines, with their values", () => {
    const error = new ConflictError(words("claimChanged"), [
      words("conflictSavedBy", { editor: "Eddie", when: "2026-05-01 12:00" }),
      words("conflictVerdict", { filled: "no", text: "" }),
      words("conflictStatus", { status: "needs_signoff" }),
    ]);
    expect(error.detail).toEqual(["Eddie saved it at 2026-05-01 12:00 UTC. It now reads:", "Verdict: none yet", "Status: needs sign-off"]);
    expect(wordedError(error, "es")).toEqual({
      error: es.claimChanged,
      fieldErrors: {},
      conflict: ["Eddie la guardó el 2026-05-01 12:00 UTC. Ahora dice:", "Veredicto: ninguno todavía", "Estado: pendiente de aprobación"],
    });
  });

  test("plurals: English as it always read, and in Spanish", () => {
    const some = words("chosenClaimsChanged", { changed: 2, chosen: 5, allChanged: "no" });
    expect(inEnglish(some)).toBe(
      "2 of the 5 claims you chose were changed or deleted by someone else since you loaded the page. Nothing was assigned. Reload to see the changes, then try again.",
    );
    expect(inLanguage("es", some, inEnglish(some))).toMatch(/^Otra persona cambió o eliminó 2 de las 5 afirmaciones/);
  });

  test("an English sentence without words stays as it is, in every language", () => {
    const error = new ValidationError("No verdict is labelled Nope.", { verdict: "Pick one." });
    expect(wordedError(error, "ar")).toEqual({ error: "No verdict is labelled Nope.", fieldErrors: { verdict: "Pick one." }, conflict: [] });
  });

  test("outside a request a form's action answers in English", async () => {
    const answer = await runAction(() => Promise.reject(new ValidationError(words("enterTitle"), { title: words("enterTitle") })));
    expect(answer).toEqual({ ok: false, error: "Enter a title.", fieldErrors: { title: "Enter a title." } });
  });

  test("an import's skipped records are said in the reader's language, English kept for the rest", () => {
    const { skipped } = parseClaimReviews('{"@type": "ClaimReview", "url": "https://x.example/1"}\n{not json');
    expect(wordedSkips(skipped, "en").map((skip) => skip.reason)).toEqual(["The record does not say what claim was reviewed (claimReviewed).", "Line 2 is not valid JSON."]);
    expect(wordedSkips(skipped, "es").map((skip) => skip.reason)).toEqual([es.importRecordNoClaim, "La línea 2 no es JSON válido."]);
    expect(wordedSkips(skipped, "uk")[1]).toEqual({ record: 2, url: null, reason: "Рядок 2 не є коректним JSON." });
    expect(wordedSkips(skipped, "ar")[1]!.reason).toBe("السطر 2 ليس JSON صالحًا.");
  });

  test("a feed page left unread says why in the reader's language too", () => {
    const cause = { key: "notJsonOrLines" };
    const skipped = [{ record: 1, url: "https://x.example/p", reason: { key: "importFeedPageNotRead" as const, values: { error: inEnglish(words("notJsonOrLines")) }, cause } }];
    expect(wordedSkips(skipped, "en")[0]!.reason).toBe("This page of the feed was not read: This file is not valid JSON or JSON Lines.");
    expect(wordedSkips(skipped, "es")[0]!.reason).toBe(`No se leyó esta página del canal de noticias: ${es.notJsonOrLines}`);
  });
});
