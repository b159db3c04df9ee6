import { unstable_rethrow } from "next/navigation";
import { ValidationError } from "@/lib/core/errors";
import { logFailure } from "@/lib/core/log";
import { inEnglish, words } from "@/lib/core/serviceWords";
import { errorLanguage } from "./errorLanguage";
import { classifyError } from "./errorTable";
import { inLanguage, wordedError } from "./errorWording";

/** The one result shape every form's server action returns. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: string[] };

export const IDLE: ActionResult<never> | null = null;

const GENERIC_WORDS = words("genericFailure");
export const GENERIC_FAILURE = inEnglish(GENERIC_WORDS);

/**
 * Runs a service call for a server action: typed service errors (a refusal, bad input, a conflict, the database
 * being down) become their message, anything else is logged and shown as a generic apology (never a stack trace,
 * never a 500 page for a form). Both are worded in the request's interface language.
 */
export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (thrown) {
    unstable_rethrow(thrown);
    const { error, answer } = classifyError(thrown);
    const language = await errorLanguage();
    if (!answer) {
      logFailure("action failed", error);
      return { ok: false, error: inLanguage(language, GENERIC_WORDS, GENERIC_FAILURE) };
    }
    const worded = wordedError(error, language);
    if (answer.form === "fieldErrors" && error instanceof ValidationError) return { ok: false, error: worded.error, fieldErrors: worded.fieldErrors };
    if (answer.form === "conflictDetail" && worded.conflict.length) return { ok: false, error: worded.error, conflict: worded.conflict };
    return { ok: false, error: worded.error };
  }
}
