import type { InterfaceLanguage } from "./interfaceLanguages";
import type { VerdictWords } from "./verdictWords";

/**
 * One verdict of a rating scale; `position` orders the scale from least to most accurate as the desk shows it;
 * `truthRank` is its place on the truth scale (1 = least true … n = most true), null for a verdict that rates no truth.
 */
export type VerdictDefinition = { label: string; description: string; colour: string; position: number; truthRank: number | null };

/** A default verdict's words in each language the interface speaks besides English, in fact-checkers' usual terms. */
export type DefaultVerdictTranslations = Record<Exclude<InterfaceLanguage, "en">, VerdictWords>;

/**
 * The scale a new newsroom starts with, whatever its language: its words are English (`language`), translated into
 * the interface's other languages so a Spanish, Ukrainian or Arabic newsroom's articles show their verdicts in the
 * article's language from the first one; admins can change them, translate them and say which language they wrote
 * them in. "Unproven" says nothing about truth: it has no rank.
 */
export const DEFAULT_RATING_SCALE: { name: string; language: string; verdicts: (VerdictDefinition & { translations: DefaultVerdictTranslations })[] } = {
  name: "Newsroom rating scale",
  language: "en",
  verdicts: [
    {
      position: 1,
      truthRank: 1,
      label: "False",
      colour: "#b91c1c",
      description: "The claim is inaccurate.",
      translations: {
        es: { label: "Falso", description: "La afirmación no es correcta." },
        uk: { label: "Неправда", description: "Твердження не відповідає дійсності." },
        ar: { label: "زائف", description: "الادعاء غير صحيح." },
      },
    },
    {
      position: 2,
      truthRank: 2,
      label: "Misleading",
      colour: "#c2410c",
      description: "Accurate in part, but creates a false impression.",
      translations: {
        es: { label: "Engañoso", description: "Es correcta en parte, pero da una impresión falsa." },
        uk: { label: "Маніпуляція", description: "Частково правдиве, але створює хибне враження." },
        ar: { label: "مضلل", description: "صحيح جزئيًا، لكنه يعطي انطباعًا خاطئًا." },
      },
    },
    {
      position: 3,
      truthRank: 3,
      label: "Missing context",
      colour: "#a16207",
      description: "Needs context a reader would not have to judge it.",
      translations: {
        es: { label: "Falta contexto", description: "Para juzgarla hace falta un contexto que el lector no tiene." },
        uk: { label: "Бракує контексту", description: "Щоб його оцінити, потрібен контекст, якого читач не має." },
        ar: { label: "ينقصه سياق", description: "يحتاج إلى سياق لا يملكه القارئ ليحكم عليه." },
      },
    },
    {
      position: 4,
      truthRank: 4,
      label: "Mostly true",
      colour: "#4d7c0f",
      description: "Accurate, with minor caveats.",
      translations: {
        es: { label: "Mayormente cierto", description: "Es correcta, con pequeños matices." },
        uk: { label: "Переважно правда", description: "Правдиве, з невеликими застереженнями." },
        ar: { label: "صحيح في معظمه", description: "صحيح، مع تحفظات بسيطة." },
      },
    },
    {
      position: 5,
      truthRank: 5,
      label: "True",
      colour: "#15803d",
      description: "The claim is accurate.",
      translations: {
        es: { label: "Verdadero", description: "La afirmación es correcta." },
        uk: { label: "Правда", description: "Твердження відповідає дійсності." },
        ar: { label: "صحيح", description: "الادعاء صحيح." },
      },
    },
    {
      position: 6,
      truthRank: null,
      label: "Unproven",
      colour: "#4b5563",
      description: "There is not enough evidence to rate it either way.",
      translations: {
        es: { label: "Sin pruebas suficientes", description: "No hay pruebas suficientes para calificarla en un sentido ni en otro." },
        uk: { label: "Недостатньо доказів", description: "Доказів недостатньо, щоб оцінити його так чи інакше." },
        ar: { label: "غير مثبت", description: "لا توجد أدلة كافية للحكم عليه في أي اتجاه." },
      },
    },
  ],
};
