import { describe, expect, test } from "vitest";
import { inEnglish, type ServiceWords } from "@/lib/core/serviceWords";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/defaultRatingScale";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { MAX_VERDICT_DESCRIPTION, MAX_VERDICT_LABEL } from "@/lib/domain/limits";
import { planScaleVersion, type CurrentVerdict, type EditedVerdict, type ScalePlan } from "@/lib/domain/ratingScaleEdit";
import { normaliseTranslations, translationProblems, verdictWordsIn, type VerdictTranslations } from "@/lib/domain/verdictWords";

// The rules name words of the errors catalog; these tests read them as an English-speaking admin does.
const inWords = (problems: Record<string, ServiceWords>) => Object.fromEntries(Object.entries(problems).map(([field, words]) => [field, inEnglish(words)]));
const problemsOf = (...args: Parameters<typeof translationProblems>) => inWords(translationProblems(...args));
const planned = (plan: ScalePlan) => (plan.ok ? plan : { ...plan, message: inEnglish(plan.message), fieldErrors: inWords(plan.fieldErrors) });

const falso = { label: "Falso", description: "No es cierto." };

describe("a verdict's words in a language", () => {
  const verdict = { label: "False", description: "Not so.", translations: { es: falso, fr: { label: "Faux", description: "" } } };

  test("are its translation into that language, when it has one, which says its language", () => {
    expect(verdictWordsIn(verdict, "es")).toEqual({ ...falso, language: "es" });
  });

  test("are the translation whole: an empty description stays empty rather than one in another language", () => {
    expect(verdictWordsIn(verdict, "fr")).toEqual({ label: "Faux", description: "", language: "fr" });
  });

  test("are its own without a translation into that language, or without a language", () => {
    expect(verdictWordsIn(verdict, "de")).toEqual({ label: "False", description: "Not so." });
    expect(verdictWordsIn(verdict, null)).toEqual({ label: "False", description: "Not so." });
    expect(verdictWordsIn({ label: "False", description: "Not so." }, "es")).toEqual({ label: "False", description: "Not so." });
  });
});

describe("the default scale's translations", () => {
  const others = INTERFACE_LANGUAGES.filter((code) => code !== DEFAULT_RATING_SCALE.language);

  test("name every verdict in each language the interface speaks besides the scale's own", () => {
    for (const verdict of DEFAULT_RATING_SCALE.verdicts) expect(Object.keys(verdict.translations).sort(), verdict.label).toEqual([...others].sort());
  });

  test("are translations the editor accepts: names of their own in each language, within a verdict's lengths", () => {
    expect(problemsOf(DEFAULT_RATING_SCALE.verdicts)).toEqual({});
  });

  test("are written in their language, not left in the scale's", () => {
    for (const verdict of DEFAULT_RATING_SCALE.verdicts) {
      for (const [code, words] of Object.entries(verdict.translations)) {
        expect(words.label, `${verdict.label} in ${code}`).not.toBe(verdict.label);
        expect(words.description, `${verdict.label} in ${code}`).not.toBe(verdict.description);
        expect(words.description.trim(), `${verdict.label} in ${code}`).not.toBe("");
      }
    }
  });
});

describe("translations of a scale version", () => {
  const scale = (...translations: VerdictTranslations[]) =>
    translations.map((t, i) => ({ label: ["False", "Misleading", "True"][i]!, description: "", translations: t }));

  test("are accepted when every one names the verdict in a language of the list, each name its own", () => {
    expect(problemsOf(scale({ es: falso }, { es: { label: "Engañoso", description: "" } }, {}))).toEqual({});
  });

  test("refuse a language not on the desk's list", () => {
    expect(problemsOf(scale({ xx: falso }))).toEqual({ "verdicts.0.translations.xx.language": "That is not a language we know: choose one from the list." });
    expect(problemsOf(scale({}, { "es-ES": falso }))).toHaveProperty(["verdicts.1.translations.es-ES.language"]);
  });

  test("refuse a translation without a name, saying the language", () => {
    expect(problemsOf(scale({ es: { label: "  ", description: "No es cierto." } }))).toEqual({
      "verdicts.0.translations.es.label": "Give the verdict a name in Spanish, or remove the translation.",
    });
  });

  test("keep to a verdict's own lengths", () => {
    const problems = problemsOf(scale({ es: { label: "x".repeat(MAX_VERDICT_LABEL + 1), description: "y".repeat(MAX_VERDICT_DESCRIPTION + 1) } }));
    expect(problems["verdicts.0.translations.es.label"]).toBe(`Keep the name under ${MAX_VERDICT_LABEL} characters.`);
    expect(problems["verdicts.0.translations.es.description"]).toBe(`Keep the description under ${MAX_VERDICT_DESCRIPTION} characters.`);
    expect(problemsOf(scale({ es: { label: "x".repeat(MAX_VERDICT_LABEL), description: "y".repeat(MAX_VERDICT_DESCRIPTION) } }))).toEqual({});
  });

  test("refuse two verdicts with one name in a language (whatever the case), marking the later", () => {
    expect(problemsOf(scale({ es: falso }, { es: { label: " falso", description: "" } }))).toEqual({
      "verdicts.1.translations.es.label": "Another verdict is already called “falso” in Spanish. Each name must be different.",
    });
    // The same name in two languages is two names.
    expect(problemsOf(scale({ es: falso }, { pt: falso }))).toEqual({});
  });

  test("refuse a translation named like another verdict's own name, which readers of that language would see too", () => {
    expect(problemsOf(scale({}, { es: { label: "False", description: "" } }))).toEqual({
      "verdicts.1.translations.es.label": "Another verdict is already called “False” in Spanish. Each name must be different.",
    });
    expect(problemsOf(scale({ es: { label: "True", description: "" } }, {}, {}))).toEqual({
      "verdicts.0.translations.es.label": "Another verdict is already called “True” in Spanish. Each name must be different.",
    });
  });

  test("are compared and stored trimmed, in the order of their codes", () => {
    expect(JSON.stringify(normaliseTranslations({ fr: { label: " Faux ", description: "" }, es: { label: "Falso", description: " No. " } }))).toBe(
      JSON.stringify({ es: { label: "Falso", description: "No." }, fr: { label: "Faux", description: "" } }),
    );
  });
});

describe("a new version of the scale", () => {
  const current: CurrentVerdict[] = [
    { lineageId: "a", label: "False", description: "", colour: "#b91c1c", retired: false, truthRank: 1, translations: {}, position: 1, claimCount: 0 },
    { lineageId: "b", label: "True", description: "", colour: "#15803d", retired: false, truthRank: 2, translations: { es: { label: "Cierto", description: "" } }, position: 2, claimCount: 0 },
  ];
  const edit = (change: (rows: EditedVerdict[]) => EditedVerdict[]) => change(current.map(({ position: _p, claimCount: _c, ...row }) => ({ ...row })));

  test("is made by a change of translations alone, which it keeps trimmed", () => {
    const plan = planScaleVersion(current, edit(([f, t]) => [{ ...f!, translations: { es: { label: " Falso ", description: "" } } }, t!]));
    expect(plan).toMatchObject({ ok: true });
    expect(plan.ok && plan.verdicts[0]!.translations).toEqual({ es: { label: "Falso", description: "" } });
    const removed = planScaleVersion(current, edit(([f, t]) => [f!, { ...t!, translations: {} }]));
    expect(removed.ok && removed.verdicts[1]!.translations).toEqual({});
  });

  test("is not made when the translations are the same but for spaces", () => {
    expect(planned(planScaleVersion(current, edit(([f, t]) => [f!, { ...t!, translations: { es: { label: "Cierto ", description: "" } } }])))).toMatchObject({
      ok: false,
      message: "Nothing has changed since the scale was last saved.",
    });
  });

  test("is refused, field by field, for a translation the rules refuse", () => {
    const plan = planScaleVersion(current, edit(([f, t]) => [{ ...f!, translations: { es: { label: "Cierto", description: "" } } }, t!]));
    expect(planned(plan)).toEqual({
      ok: false,
      message: "Another verdict is already called “Cierto” in Spanish. Each name must be different.",
      fieldErrors: { "verdicts.1.translations.es.label": "Another verdict is already called “Cierto” in Spanish. Each name must be different." },
    });
  });
});
