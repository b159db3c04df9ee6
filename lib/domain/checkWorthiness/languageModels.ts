// Which check-worthiness model scores text in which language. Every language below has a model trained on CLEF-2022
// tweets (scripts/train-checkworthiness-clef.ts); English text that does not read as posts (articles, transcripts)
// keeps the CLEF-2019 debate model (weights.json), which ranks debate sentences better than the tweet model does.

import ar from "./weights/clef2022-ar.json";
import bg from "./weights/clef2022-bg.json";
import en from "./weights/clef2022-en.json";
import es from "./weights/clef2022-es.json";
import nl from "./weights/clef2022-nl.json";
import tr from "./weights/clef2022-tr.json";
import { getShippedModel } from "./shippedModel";
import { type CheckWorthinessModel, decodeWeightsFile } from "./weightsFile";

const POST_MODEL_FILES = { en, es, ar, bg, nl, tr } as const;

export type ScoredLanguage = keyof typeof POST_MODEL_FILES;

/** ISO 639-1 codes of the languages with a check-worthiness model. */
export const SCORED_LANGUAGES = Object.keys(POST_MODEL_FILES) as ScoredLanguage[];

/** True if text in `lang` (ISO 639-1) can be scored. */
export function hasCheckWorthinessModel(lang: string): lang is ScoredLanguage {
  return Object.hasOwn(POST_MODEL_FILES, lang);
}

/**
 * A model, what it scores a span on (the span itself, or the whole line it is on), and the score from which a span is
 * suggested as a claim: each model is calibrated differently, so each carries its own.
 */
export type LanguageScorer = { name: string; model: CheckWorthinessModel; unit: "sentence" | "line"; suggestAt: number };

/**
 * Score from which the debate model's sentences are suggested. With the shipped weights (v2), 0.6 offers about 1
 * debate sentence in 6 on the CLEF-2019 training debates (17.6%, in-sample; base rate of checked sentences 2.7%) and
 * 10 of the 20 sentences of the claim-dense sample news article; revisit when the weights are retrained.
 */
export const DEBATE_SUGGESTION_THRESHOLD = 0.6;

const decoded = new Map<ScoredLanguage, CheckWorthinessModel>();

function postModel(lang: ScoredLanguage): CheckWorthinessModel {
  let model = decoded.get(lang);
  if (!model) {
    model = decodeWeightsFile(POST_MODEL_FILES[lang]);
    decoded.set(lang, model);
  }
  return model;
}

/**
 * The scorer for text in `lang`, or null when there is no model for it. `postLike` (see isPostLikeText): posts are
 * scored by the language's tweet model, on the unit its nested cross-validation preferred; other text by the debate
 * model in English, else by the tweet model sentence by sentence.
 */
export function checkWorthinessScorerFor(lang: string, postLike: boolean): LanguageScorer | null {
  if (!hasCheckWorthinessModel(lang)) return null;
  if (lang === "en" && !postLike) return { name: "clef2019-debates", model: getShippedModel(), unit: "sentence", suggestAt: DEBATE_SUGGESTION_THRESHOLD };
  const file = POST_MODEL_FILES[lang];
  const scoring = file.scoring === "line" ? "line" : "sentence";
  // Chosen on tweets scored by their line (scripts/choose-suggestion-thresholds.ts), and used for articles too.
  return { name: `clef2022-${lang}`, model: postModel(lang), unit: postLike ? scoring : "sentence", suggestAt: file.suggestAt };
}

/** Header of each language's tweet model (training data, AP and suggestion figures, settings), no weights. */
export function postModelInfo(lang: ScoredLanguage): {
  trainedOn: string;
  nestedCvAp: number;
  untouchedAp: number;
  notes: string;
  suggestAt: number;
  suggestUntouchedPrecision: number;
  suggestUntouchedRecall: number;
  suggestUntouchedShare: number;
} {
  const { trainedOn, nestedCvAp, untouchedAp, notes, suggestAt, suggestUntouchedPrecision, suggestUntouchedRecall, suggestUntouchedShare } = POST_MODEL_FILES[lang];
  return { trainedOn, nestedCvAp, untouchedAp, notes, suggestAt, suggestUntouchedPrecision, suggestUntouchedRecall, suggestUntouchedShare };
}
